"""Learning from the user's own history: FSRS parameters fitted to their review log
(`srs optimize`) and the workload ahead (`srs plan`). Uses open-spaced-repetition's
Rust FSRS (the `optimize` extra), loaded only by those commands."""
