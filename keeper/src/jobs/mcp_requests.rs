//! Image requests made by MCP clients: recorded by `generate_image` before anything is paid, bound
//! to a token when a mint of the same prompt and tier is shown (a transaction hash), so that any
//! later call, after a reconnect or a keeper restart, finds the same request.

use rusqlite::{OptionalExtension, Row, params};

use super::JobStore;
use super::error::{StoreError, db_error};
use super::rows::get_u64;

/// A request as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct McpRequest {
    /// `req_` and 32 hex digits: never a token id.
    pub id: String,
    pub prompt: String,
    pub tier: u8,
    /// Unix seconds.
    pub created_at: u64,
    /// The mint, once shown and checked.
    pub tx_hash: Option<String>,
    pub token_id: Option<u64>,
    /// The USDC relay paying for it, when paid by a signed authorization.
    pub relay_id: Option<String>,
}

const COLUMNS: &str = "id, prompt, tier, created_at, tx_hash, token_id, relay_id";

fn from_row(row: &Row<'_>) -> rusqlite::Result<McpRequest> {
    Ok(McpRequest {
        id: row.get("id")?,
        prompt: row.get("prompt")?,
        tier: row.get("tier")?,
        created_at: get_u64(row, "created_at")?,
        tx_hash: row.get("tx_hash")?,
        token_id: match row.get::<_, Option<i64>>("token_id")? {
            Some(_) => Some(get_u64(row, "token_id")?),
            None => None,
        },
        relay_id: row.get("relay_id")?,
    })
}

impl JobStore {
    /// Records a new request (the id is the caller's fresh random one).
    pub fn record_mcp_request(&self, id: &str, prompt: &str, tier: u8) -> Result<(), StoreError> {
        self.lock()
            .execute(
                "INSERT INTO mcp_requests (id, prompt, tier, created_at)
                 VALUES (?1, ?2, ?3, unixepoch())",
                params![id, prompt, tier],
            )
            .map_err(db_error("record_mcp_request", None))?;
        Ok(())
    }

    pub fn mcp_request(&self, id: &str) -> Result<Option<McpRequest>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM mcp_requests WHERE id = ?1");
        self.lock()
            .query_row(&sql, [id], from_row)
            .optional()
            .map_err(db_error("mcp_request", None))
    }

    /// The oldest request for `prompt` in `tier` not bound to a token yet, nor paid by a relay.
    pub fn unbound_mcp_request(
        &self,
        prompt: &str,
        tier: u8,
    ) -> Result<Option<McpRequest>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM mcp_requests
             WHERE prompt = ?1 AND tier = ?2 AND token_id IS NULL AND relay_id IS NULL
             ORDER BY created_at, id LIMIT 1"
        );
        self.lock()
            .query_row(&sql, params![prompt, tier], from_row)
            .optional()
            .map_err(db_error("unbound_mcp_request", None))
    }

    /// The request bound to `token_id`, if any.
    pub fn mcp_request_for_token(&self, token_id: u64) -> Result<Option<McpRequest>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM mcp_requests WHERE token_id = ?1");
        self.lock()
            .query_row(&sql, [token_id as i64], from_row)
            .optional()
            .map_err(db_error("mcp_request_for_token", Some(token_id)))
    }

    /// Binds request `id` to the token its mint `tx_hash` created (checked by the caller).
    /// Binding again to the same token is a no-op; `false` when the request is already bound to
    /// another token or the token to another request.
    pub fn bind_mcp_request(
        &self,
        id: &str,
        tx_hash: &str,
        token_id: u64,
    ) -> Result<bool, StoreError> {
        let conn = self.lock();
        let changed = conn
            .execute(
                "UPDATE mcp_requests SET tx_hash = ?2, token_id = ?3
                 WHERE id = ?1 AND token_id IS NULL
                   AND NOT EXISTS (SELECT 1 FROM mcp_requests WHERE token_id = ?3)",
                params![id, tx_hash, token_id as i64],
            )
            .map_err(db_error("bind_mcp_request", Some(token_id)))?;
        if changed == 1 {
            return Ok(true);
        }
        let bound: Option<Option<i64>> = conn
            .query_row(
                "SELECT token_id FROM mcp_requests WHERE id = ?1",
                [id],
                |row| row.get(0),
            )
            .optional()
            .map_err(db_error("bind_mcp_request", Some(token_id)))?;
        Ok(bound == Some(Some(token_id as i64)))
    }
}

impl JobStore {
    /// Records that relay `relay_id` pays request `id`. Again with the same relay: a no-op;
    /// `false` when the request is paid otherwise (another relay, or a token already bound) or the
    /// relay pays another request.
    pub fn attach_mcp_relay(&self, id: &str, relay_id: &str) -> Result<bool, StoreError> {
        let conn = self.lock();
        let changed = conn
            .execute(
                "UPDATE mcp_requests SET relay_id = ?2
                 WHERE id = ?1 AND relay_id IS NULL AND token_id IS NULL
                   AND NOT EXISTS (SELECT 1 FROM mcp_requests WHERE relay_id = ?2)",
                params![id, relay_id],
            )
            .map_err(db_error("attach_mcp_relay", None))?;
        if changed == 1 {
            return Ok(true);
        }
        let attached: Option<Option<String>> = conn
            .query_row(
                "SELECT relay_id FROM mcp_requests WHERE id = ?1",
                [id],
                |row| row.get(0),
            )
            .optional()
            .map_err(db_error("attach_mcp_relay", None))?;
        Ok(attached.flatten().as_deref() == Some(relay_id))
    }

    /// The request paid by the relay that minted `token_id`, bound or not yet, if any.
    pub fn mcp_request_relayed_to(&self, token_id: u64) -> Result<Option<McpRequest>, StoreError> {
        let sql = format!(
            "SELECT {} FROM mcp_requests m JOIN relays r ON r.id = m.relay_id
             WHERE r.state = 'minted' AND r.token_id = ?1",
            COLUMNS
                .split(", ")
                .map(|c| format!("m.{c}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        self.lock()
            .query_row(&sql, [token_id as i64], from_row)
            .optional()
            .map_err(db_error("mcp_request_relayed_to", Some(token_id)))
    }

    /// The request relay `relay_id` pays, if any.
    pub fn mcp_request_for_relay(&self, relay_id: &str) -> Result<Option<McpRequest>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM mcp_requests WHERE relay_id = ?1");
        self.lock()
            .query_row(&sql, [relay_id], from_row)
            .optional()
            .map_err(db_error("mcp_request_for_relay", None))
    }
}

#[cfg(test)]
mod tests {
    use super::super::JobStore;

    #[test]
    fn a_request_binds_to_one_token_and_a_token_to_one_request() {
        let dir = tempfile::tempdir().unwrap();
        let store = JobStore::open(dir.path().join("jobs.db")).unwrap();
        store.record_mcp_request("req_a", "a fox", 1).unwrap();
        store.record_mcp_request("req_b", "a fox", 1).unwrap();
        assert!(
            store.record_mcp_request("7", "x", 0).is_err(),
            "ids must start with req_"
        );
        assert!(store.bind_mcp_request("req_a", "0xaa", 7).unwrap());
        assert!(
            store.bind_mcp_request("req_a", "0xaa", 7).unwrap(),
            "again: same answer"
        );
        assert!(!store.bind_mcp_request("req_a", "0xbb", 8).unwrap());
        assert!(!store.bind_mcp_request("req_b", "0xaa", 7).unwrap());
        let a = store.mcp_request("req_a").unwrap().unwrap();
        assert_eq!(
            (a.tier, a.token_id, a.tx_hash.as_deref()),
            (1, Some(7), Some("0xaa"))
        );
        assert_eq!(store.mcp_request_for_token(7).unwrap().unwrap().id, "req_a");
        assert_eq!(store.mcp_request("req_b").unwrap().unwrap().token_id, None);
        assert!(store.mcp_request("req_c").unwrap().is_none());
    }

    #[test]
    fn a_relay_pays_one_request_and_a_request_is_paid_once() {
        let dir = tempfile::tempdir().unwrap();
        let store = JobStore::open(dir.path().join("jobs.db")).unwrap();
        let request = crate::jobs::relays::tests::request;
        store
            .accept_relay("r_1", "key1", &request("a fox", 1, 1))
            .unwrap();
        store
            .accept_relay("r_2", "key2", &request("a fox", 1, 2))
            .unwrap();
        store.record_mcp_request("req_a", "a fox", 1).unwrap();
        store.record_mcp_request("req_b", "a fox", 1).unwrap();
        store.record_mcp_request("req_c", "a fox", 1).unwrap();
        assert!(store.attach_mcp_relay("req_a", "r_1").unwrap());
        assert!(
            store.attach_mcp_relay("req_a", "r_1").unwrap(),
            "again: same answer"
        );
        assert!(!store.attach_mcp_relay("req_a", "r_2").unwrap());
        assert!(!store.attach_mcp_relay("req_b", "r_1").unwrap());
        assert!(
            store.attach_mcp_relay("req_b", "r_9").is_err(),
            "only a recorded relay"
        );
        assert_eq!(
            store.mcp_request_for_relay("r_1").unwrap().unwrap().id,
            "req_a"
        );
        assert!(store.mcp_request_for_relay("r_2").unwrap().is_none());
        // A request paid by a relay is not bound to someone's ETH mint of the same prompt.
        assert_eq!(
            store.unbound_mcp_request("a fox", 1).unwrap().unwrap().id,
            "req_b"
        );
        assert!(store.bind_mcp_request("req_c", "0xcc", 9).unwrap());
        assert!(
            !store.attach_mcp_relay("req_c", "r_2").unwrap(),
            "already paid by a mint"
        );
        assert!(
            store.mcp_request_relayed_to(7).unwrap().is_none(),
            "not minted yet"
        );
        store
            .lock()
            .execute(
                "UPDATE relays SET state = 'minted', token_id = 7 WHERE id = 'r_1'",
                [],
            )
            .unwrap();
        assert_eq!(
            store.mcp_request_relayed_to(7).unwrap().unwrap().id,
            "req_a"
        );
        assert!(store.mcp_request_relayed_to(8).unwrap().is_none());
        assert!(store.bind_mcp_request("req_a", "0xaa", 7).unwrap());
        let a = store.mcp_request("req_a").unwrap().unwrap();
        assert_eq!((a.relay_id.as_deref(), a.token_id), (Some("r_1"), Some(7)));
    }
}
