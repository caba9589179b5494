//! A token's journey through the keeper, one stage per step: `collect` finds paid requests on
//! chain, `produce` generates, stores and publishes each image with its metadata, and `deliver`
//! fulfils them on chain (or settles what became of them: refunded, delivered by another agent,
//! given up). `relay` starts the journey of a USDC buyer: it sends the mint the buyer signed.

pub mod collect;
pub mod deliver;
pub mod produce;
pub mod relay;
