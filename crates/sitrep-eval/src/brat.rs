//! brat standoff attribution annotations (PolNeAR, PARC-style) and their
//! scoring.
//!
//! Reads `.ann` files with `Source`, `Cue` and `Content` text-bound
//! annotations (`T`) tied together by attribution events (`E`), and scores
//! predicted attributions against them: span precision/recall/F1 per role
//! with exact and overlap matching, and attribution-level F1. See
//! [`score`] for the matching rules.

pub mod polnear;
mod reader;
mod score;

pub use reader::{parse_ann, AnnDoc, BratError};
pub use score::{score_doc, AttributionCounts, Prf, RoleCounts};

/// A possibly discontinuous span: character (code-point) ranges `[start, end)`.
pub type Fragments = Vec<(usize, usize)>;

/// The roles of an attribution relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Source,
    Cue,
    Content,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Source, Role::Cue, Role::Content];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Source => "Source",
            Role::Cue => "Cue",
            Role::Content => "Content",
        }
    }
}

/// One attribution relation; any role may be missing (PolNeAR has
/// attributions with no source, and a few with no content).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attribution {
    pub source: Option<Fragments>,
    pub cue: Option<Fragments>,
    pub content: Option<Fragments>,
}

impl Attribution {
    pub fn role(&self, role: Role) -> Option<&Fragments> {
        match role {
            Role::Source => self.source.as_ref(),
            Role::Cue => self.cue.as_ref(),
            Role::Content => self.content.as_ref(),
        }
    }
}
