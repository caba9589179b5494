//! USDC mints the keeper relays (`POST /api/mint-with-authorization`): each accepted request is
//! recorded before anything is sent, one row per authorization (the same authorization posted
//! twice is one relay), then signed at the relayer's nonce and recorded again before broadcast
//! (and so is each replacement of a stuck one at the same nonce), and settled by the receipt of
//! whichever version was mined, with the token id it minted.

use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use super::JobStore;
use super::error::{StoreError, db_error};
use super::rows::get_u64;

/// What the buyer signed for, as posted (amounts as decimal strings, hex as 0x-strings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RelayRequest {
    pub prompt: String,
    pub tier: u8,
    pub terms: u32,
    pub from: String,
    pub value: String,
    pub valid_after: String,
    pub valid_before: String,
    pub salt: String,
    pub signature: String,
}

/// Where a relay is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelayState {
    /// Recorded; waiting for the relay stage.
    Accepted,
    /// Signed, recorded and broadcast at `nonce`.
    Sent,
    /// Mined: the token exists.
    Minted,
    /// Not minted, for the reason recorded.
    Failed,
}

impl RelayState {
    pub const fn as_str(self) -> &'static str {
        match self {
            RelayState::Accepted => "accepted",
            RelayState::Sent => "sent",
            RelayState::Minted => "minted",
            RelayState::Failed => "failed",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        [
            RelayState::Accepted,
            RelayState::Sent,
            RelayState::Minted,
            RelayState::Failed,
        ]
        .into_iter()
        .find(|state| state.as_str() == text)
    }
}

/// A relay as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relay {
    /// `r_` and 16 hex digits of the authorization's hash: not a token id.
    pub id: String,
    pub request: RelayRequest,
    pub state: RelayState,
    pub nonce: Option<u64>,
    /// The latest version sent (once minted: the version that was mined).
    pub tx_hash: Option<String>,
    pub raw: Option<Vec<u8>>,
    /// Hashes of the versions the latest replaced at the same nonce, oldest first.
    pub replaced: Vec<String>,
    pub token_id: Option<u64>,
    /// Why it failed: a code from the relay API and words.
    pub error: Option<(String, String)>,
    /// Unix seconds of the last change; while sent, when the latest version was recorded (just
    /// before its broadcast), so its replacement wait survives a restart.
    pub updated_at: u64,
}

const RELAY_COLUMNS: &str = "id, request, state, nonce, tx_hash, raw, replaced, token_id, error_code, error_message, \
     updated_at";

fn relay_from_row(row: &Row<'_>) -> rusqlite::Result<Relay> {
    let conversion = |column: usize, message: String| {
        rusqlite::Error::FromSqlConversionFailure(
            column,
            rusqlite::types::Type::Text,
            message.into(),
        )
    };
    let request: String = row.get("request")?;
    let state: String = row.get("state")?;
    let code: Option<String> = row.get("error_code")?;
    let message: Option<String> = row.get("error_message")?;
    Ok(Relay {
        id: row.get("id")?,
        request: serde_json::from_str(&request).map_err(|e| conversion(1, e.to_string()))?,
        state: RelayState::parse(&state)
            .ok_or_else(|| conversion(2, format!("unknown relay state {state:?}")))?,
        nonce: row
            .get::<_, Option<i64>>("nonce")?
            .and_then(|n| u64::try_from(n).ok()),
        tx_hash: row.get("tx_hash")?,
        raw: row.get("raw")?,
        replaced: row
            .get::<_, String>("replaced")?
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
        token_id: match row.get::<_, Option<i64>>("token_id")? {
            Some(_) => Some(get_u64(row, "token_id")?),
            None => None,
        },
        error: code.map(|code| (code, message.unwrap_or_default())),
        updated_at: get_u64(row, "updated_at")?,
    })
}

impl JobStore {
    /// Records an accepted relay, or returns the one already recorded for the same
    /// authorization (`key`: signer and nonce). `true` when it is new.
    pub fn accept_relay(
        &self,
        id: &str,
        key: &str,
        request: &RelayRequest,
    ) -> Result<(Relay, bool), StoreError> {
        const OP: &str = "accept_relay";
        let text = serde_json::to_string(request).map_err(|_| StoreError::InvalidInput {
            operation: OP,
            token_id: None,
            field: "request",
            value: request.from.clone(),
            problem: "cannot be serialized",
        })?;
        let conn = self.lock();
        let inserted = conn
            .execute(
                "INSERT INTO relays (id, authorization_key, request, state, created_at, updated_at)
                 VALUES (?1, ?2, ?3, 'accepted', unixepoch(), unixepoch())
                 ON CONFLICT (authorization_key) DO NOTHING",
                params![id, key, text],
            )
            .map_err(db_error(OP, None))?;
        let sql = format!("SELECT {RELAY_COLUMNS} FROM relays WHERE authorization_key = ?1");
        let relay = conn
            .query_row(&sql, [key], relay_from_row)
            .map_err(db_error(OP, None))?;
        Ok((relay, inserted == 1))
    }

    pub fn relay(&self, id: &str) -> Result<Option<Relay>, StoreError> {
        const OP: &str = "relay";
        let sql = format!("SELECT {RELAY_COLUMNS} FROM relays WHERE id = ?1");
        self.lock()
            .query_row(&sql, [id], relay_from_row)
            .optional()
            .map_err(db_error(OP, None))
    }

    /// Relays not yet settled (accepted or sent), oldest first.
    pub fn open_relays(&self, limit: u32) -> Result<Vec<Relay>, StoreError> {
        const OP: &str = "open_relays";
        let sql = format!(
            "SELECT {RELAY_COLUMNS} FROM relays WHERE state IN ('accepted', 'sent')
             ORDER BY created_at, id LIMIT ?1"
        );
        self.lock()
            .prepare(&sql)
            .and_then(|mut statement| {
                statement
                    .query_map([limit], relay_from_row)?
                    .collect::<Result<Vec<_>, _>>()
            })
            .map_err(db_error(OP, None))
    }

    /// How many relays wait (accepted or sent): the bound on new ones.
    pub fn waiting_relays(&self) -> Result<u64, StoreError> {
        const OP: &str = "waiting_relays";
        self.lock()
            .query_row(
                "SELECT COUNT(*) FROM relays WHERE state IN ('accepted', 'sent')",
                [],
                |row| get_u64(row, 0),
            )
            .map_err(db_error(OP, None))
    }

    /// Records the signed mint before it is broadcast.
    pub fn relay_signed(
        &self,
        id: &str,
        nonce: u64,
        tx_hash: &str,
        raw: &[u8],
    ) -> Result<(), StoreError> {
        const OP: &str = "relay_signed";
        let nonce = i64::try_from(nonce).unwrap_or(i64::MAX);
        self.lock()
            .execute(
                "UPDATE relays SET state = 'sent', nonce = ?2, tx_hash = ?3, raw = ?4,
                     updated_at = unixepoch()
                 WHERE id = ?1 AND state = 'accepted'",
                params![id, nonce, tx_hash, raw],
            )
            .map_err(db_error(OP, None))?;
        Ok(())
    }

    /// Records a replacement of the sent version `old_hash` at the same nonce before it is
    /// broadcast; the old hash is kept, as it may still be the one mined. `false` if the relay is
    /// no longer sent with `old_hash` as its latest version.
    pub fn relay_replaced(
        &self,
        id: &str,
        old_hash: &str,
        tx_hash: &str,
        raw: &[u8],
    ) -> Result<bool, StoreError> {
        const OP: &str = "relay_replaced";
        let changed = self
            .lock()
            .execute(
                "UPDATE relays SET replaced = ltrim(replaced || ' ' || tx_hash), tx_hash = ?3,
                     raw = ?4, updated_at = unixepoch()
                 WHERE id = ?1 AND state = 'sent' AND tx_hash = ?2",
                params![id, old_hash, tx_hash, raw],
            )
            .map_err(db_error(OP, None))?;
        Ok(changed == 1)
    }

    /// Records the token the relay minted and the version (`tx_hash`) that was mined.
    pub fn relay_minted(&self, id: &str, token_id: u64, tx_hash: &str) -> Result<(), StoreError> {
        const OP: &str = "relay_minted";
        let token_id = i64::try_from(token_id).unwrap_or(i64::MAX);
        self.lock()
            .execute(
                "UPDATE relays SET state = 'minted', token_id = ?2, tx_hash = ?3, raw = NULL,
                     updated_at = unixepoch()
                 WHERE id = ?1 AND state IN ('accepted', 'sent')",
                params![id, token_id, tx_hash],
            )
            .map_err(db_error(OP, None))?;
        Ok(())
    }

    pub fn relay_failed(&self, id: &str, code: &str, message: &str) -> Result<(), StoreError> {
        const OP: &str = "relay_failed";
        self.lock()
            .execute(
                "UPDATE relays SET state = 'failed', error_code = ?2, error_message = ?3,
                     raw = NULL, updated_at = unixepoch()
                 WHERE id = ?1 AND state IN ('accepted', 'sent')",
                params![id, code, message],
            )
            .map_err(db_error(OP, None))?;
        Ok(())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A relay request for `prompt` in `tier` under `terms`, with placeholder authorization fields.
    pub(crate) fn request(prompt: &str, tier: u8, terms: u32) -> RelayRequest {
        RelayRequest {
            prompt: prompt.into(),
            tier,
            terms,
            from: "0x01".into(),
            value: "1".into(),
            valid_after: "0".into(),
            valid_before: "9".into(),
            salt: "0x02".into(),
            signature: "0x03".into(),
        }
    }

    #[test]
    fn a_replacement_keeps_every_earlier_version_and_the_mined_one_is_recorded() {
        let dir = tempfile::tempdir().unwrap();
        let store = JobStore::open(dir.path().join("jobs.db")).unwrap();
        store
            .accept_relay("r_1", "key1", &request("a fox", 0, 1))
            .unwrap();
        assert!(
            !store.relay_replaced("r_1", "0xa", "0xb", b"b").unwrap(),
            "nothing sent yet: nothing to replace"
        );
        store.relay_signed("r_1", 4, "0xa", b"a").unwrap();
        assert!(store.relay_replaced("r_1", "0xa", "0xb", b"b").unwrap());
        assert!(
            !store.relay_replaced("r_1", "0xa", "0xc", b"c").unwrap(),
            "only the latest version is replaced"
        );
        assert!(store.relay_replaced("r_1", "0xb", "0xc", b"c").unwrap());
        let relay = store.relay("r_1").unwrap().unwrap();
        assert_eq!(
            (
                relay.nonce,
                relay.tx_hash.as_deref(),
                relay.raw.as_deref(),
                relay.replaced.clone()
            ),
            (
                Some(4),
                Some("0xc"),
                Some(&b"c"[..]),
                vec!["0xa".to_owned(), "0xb".to_owned()]
            )
        );
        // An earlier version was the one mined: the relay says so.
        store.relay_minted("r_1", 7, "0xa").unwrap();
        let relay = store.relay("r_1").unwrap().unwrap();
        assert_eq!(
            (relay.state, relay.token_id, relay.tx_hash.as_deref()),
            (RelayState::Minted, Some(7), Some("0xa"))
        );
    }
}
