//! Trained, averaged and quantized weights: an open-addressing table from
//! feature key to a sparse row of `(class, i16 weight)` entries.

/// One table slot: the feature key (0 = empty) and where its row lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Slot {
    key: u64,
    start: u32,
    len: u32,
}

/// One non-zero weight of a feature row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cell {
    pub(crate) class: u16,
    pub(crate) weight: i16,
}

/// Read-only model weights for scoring.
///
/// Weights are stored as `i16` times one global `scale`: 2 bytes per
/// non-zero weight plus 8 per feature key keeps model files at a few MB.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    n_classes: usize,
    scale: f32,
    /// Feature keys in row order (kept for serialization).
    keys: Vec<u64>,
    /// `row_starts[i]..row_starts[i + 1]` indexes `cells` for feature `i`.
    row_starts: Vec<u32>,
    cells: Vec<Cell>,
    table: Vec<Slot>,
    mask: usize,
}

impl Weights {
    /// Builds weights from averaged float rows (sorted by key or not).
    pub(crate) fn from_rows(n_classes: usize, rows: &[(u64, Vec<(u16, f32)>)]) -> Weights {
        let max_abs = rows
            .iter()
            .flat_map(|(_, row)| row.iter().map(|&(_, w)| w.abs()))
            .fold(0.0f32, f32::max);
        let scale = if max_abs > 0.0 {
            max_abs / f32::from(i16::MAX)
        } else {
            1.0
        };
        let mut keys = Vec::with_capacity(rows.len());
        let mut row_starts = Vec::with_capacity(rows.len() + 1);
        let mut cells = Vec::new();
        row_starts.push(0);
        for (key, row) in rows {
            let before = cells.len();
            for &(class, w) in row {
                let q = (w / scale)
                    .round()
                    .clamp(-f32::from(i16::MAX), f32::from(i16::MAX))
                    as i16;
                if q != 0 {
                    cells.push(Cell { class, weight: q });
                }
            }
            if cells.len() > before {
                keys.push(*key);
                row_starts.push(cells.len() as u32);
            }
        }
        Weights::assemble(n_classes, scale, keys, row_starts, cells)
    }

    /// Builds the lookup table over already quantized rows.
    pub(crate) fn assemble(
        n_classes: usize,
        scale: f32,
        keys: Vec<u64>,
        row_starts: Vec<u32>,
        cells: Vec<Cell>,
    ) -> Weights {
        // Load factor <= 0.5 keeps linear probes short.
        let capacity = (keys.len() * 2).next_power_of_two().max(16);
        let mask = capacity - 1;
        let mut table = vec![Slot::default(); capacity];
        for (i, &key) in keys.iter().enumerate() {
            let mut at = (key as usize) & mask;
            while table[at].key != 0 {
                at = (at + 1) & mask;
            }
            table[at] = Slot {
                key,
                start: row_starts[i],
                len: row_starts[i + 1] - row_starts[i],
            };
        }
        Weights {
            n_classes,
            scale,
            keys,
            row_starts,
            cells,
            table,
            mask,
        }
    }

    #[inline]
    fn row(&self, key: u64) -> &[Cell] {
        let mut at = (key as usize) & self.mask;
        loop {
            let slot = &self.table[at];
            if slot.key == key {
                let start = slot.start as usize;
                return &self.cells[start..start + slot.len as usize];
            }
            if slot.key == 0 {
                return &[];
            }
            at = (at + 1) & self.mask;
        }
    }

    /// Scores of every class for `feats`; overwrites `out` (length
    /// `n_classes`; extra entries are left at 0, missing ones ignored).
    pub fn scores(&self, feats: &[u64], out: &mut [f32]) {
        out.iter_mut().for_each(|s| *s = 0.0);
        for &feat in feats {
            for cell in self.row(feat) {
                if let Some(score) = out.get_mut(usize::from(cell.class)) {
                    *score += f32::from(cell.weight);
                }
            }
        }
        out.iter_mut().for_each(|s| *s *= self.scale);
    }

    /// Adds the integer (quantized) weights of every feature in `feats` into
    /// `out`, without scaling: callers that cache or sum partial scores work
    /// in integers and multiply by [`Weights::scale`] once at the end.
    #[inline]
    pub fn accumulate(&self, feats: &[u64], out: &mut [i32]) {
        const CHUNK: usize = 32;
        for chunk in feats.chunks(CHUNK) {
            // Touch the home slots first (independent loads overlap their
            // cache misses), then probe and walk the rows.
            let mut home = [0u64; CHUNK];
            for (h, &feat) in home.iter_mut().zip(chunk) {
                *h = self.table[(feat as usize) & self.mask].key;
            }
            for (&h, &feat) in home.iter().zip(chunk) {
                if h == 0 {
                    continue;
                }
                for cell in self.row(feat) {
                    if let Some(score) = out.get_mut(usize::from(cell.class)) {
                        *score += i32::from(cell.weight);
                    }
                }
            }
        }
    }

    /// The factor turning quantized weights into real scores.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// Highest-scoring class (ties: lowest index).
    pub fn predict(&self, feats: &[u64]) -> usize {
        let mut scores = vec![0.0; self.n_classes];
        self.scores(feats, &mut scores);
        crate::trainer::argmax(&scores)
    }

    /// The (dequantized) weight of `class` for feature `key`.
    pub fn weight(&self, key: u64, class: usize) -> f32 {
        self.row(key)
            .iter()
            .find(|c| usize::from(c.class) == class)
            .map_or(0.0, |c| f32::from(c.weight) * self.scale)
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of features with at least one non-zero weight.
    pub fn n_features(&self) -> usize {
        self.keys.len()
    }

    /// Number of stored non-zero weights.
    pub fn n_weights(&self) -> usize {
        self.cells.len()
    }

    /// Approximate heap bytes used when loaded.
    pub fn memory_bytes(&self) -> usize {
        self.keys.len() * 8
            + self.row_starts.len() * 4
            + self.cells.len() * std::mem::size_of::<Cell>()
            + self.table.len() * std::mem::size_of::<Slot>()
    }

    pub(crate) fn parts(&self) -> (f32, &[u64], &[u32], &[Cell]) {
        (self.scale, &self.keys, &self.row_starts, &self.cells)
    }
}
