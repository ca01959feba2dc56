//! Mandaat: mandate frameworks and custom-decision logging for the Dutch social domain.
//!
//! Layers, arrows pointing down only: `http` (poem-openapi resources and wire types) →
//! `service` (use cases, one transaction each) → `store` (sea-orm) and `domain` (pure rules).

pub mod app;
pub mod backup;
pub mod cli;
pub mod config;
pub mod demo;
pub mod domain;
pub mod http;
pub mod progress;
pub mod seed;
pub mod service;
pub mod store;
pub mod telemetry;
