//! keyplan: a terminal workbench for key account managers.

pub mod domain;
