//! The payment page offered as a URL elicitation, where the client can show a person a link
//! (MCP URL-mode elicitation, protocol 2025-11-25): offered in addition to the ways to pay in the
//! result, never instead. Clients without it, and sessions on protocols that forbid requests from
//! the server, see only the result.

use std::time::Duration;

use rmcp::RoleServer;
use rmcp::model::{ElicitationAction, ProtocolVersion};
use rmcp::service::{ElicitationError, RequestContext};

/// What became of the offer; shown to the agent in the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Offer {
    /// The person agreed to open the page (not that they paid: `get_image` tells that).
    Opened,
    Declined,
    /// No answer within the tool call's wait, or the client failed: the result still carries
    /// every way to pay.
    NoAnswer,
}

impl Offer {
    pub(super) fn as_str(self) -> &'static str {
        match self {
            Offer::Opened => "opened",
            Offer::Declined => "declined",
            Offer::NoAnswer => "no_answer",
        }
    }

    pub(super) fn words(self) -> &'static str {
        match self {
            Offer::Opened => "The person was shown the payment page and agreed to open it.",
            Offer::Declined => "The person was shown the payment page and declined it.",
            Offer::NoAnswer => "The payment page was offered to the person; no answer came.",
        }
    }
}

/// Offers `page_url` to the person behind the client, waiting at most `wait` for their answer.
/// `None` when the client cannot show a URL.
pub(super) async fn offer_page(
    ctx: &RequestContext<RoleServer>,
    page_url: &str,
    request_id: &str,
    price: &str,
    wait: Duration,
) -> Option<Offer> {
    // From 2026-07-28 a server may not send requests; such clients get the result alone.
    if ctx
        .protocol_version()
        .is_some_and(|version| version >= ProtocolVersion::V_2026_07_28)
    {
        return None;
    }
    let url = url::Url::parse(page_url).ok()?;
    let message = format!(
        "An AI agent asks you to pay {price} for an image (request {request_id}). The page shows \
         the prompt, the contract and the price before your wallet asks you to confirm."
    );
    match ctx
        .peer
        .elicit_url_with_timeout(message, url, request_id, Some(wait))
        .await
    {
        Ok(ElicitationAction::Accept) => Some(Offer::Opened),
        // Decline, cancel, and whatever later protocol versions add.
        Ok(_) => Some(Offer::Declined),
        Err(ElicitationError::CapabilityNotSupported) => None,
        Err(error) => {
            tracing::debug!(%error, "the payment page offered as an elicitation had no answer");
            Some(Offer::NoAnswer)
        }
    }
}
