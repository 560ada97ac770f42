//! A progress line for long runs: drawn only when stderr is a terminal, so
//! logs and pipes stay clean.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub fn spinner(what: &str) -> ProgressBar {
    let bar = ProgressBar::new_spinner();
    if std::io::stderr().is_terminal() {
        bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(8));
        let style =
            ProgressStyle::with_template("{spinner} {prefix} {pos} documents ({per_sec}) {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner());
        bar.set_style(style);
    } else {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    bar.set_prefix(what.to_string());
    bar
}
