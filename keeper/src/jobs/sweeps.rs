//! Sweeps: moving the agent's earnings out. `genim sweep` records a request here; the running
//! keeper's submitter sends it at its own next nonce (so it never races a fulfil), records the
//! signed transaction before broadcasting it, and settles it by receipt, like a fulfil. Whoever can
//! write the job database can ask for a sweep: the same people who could read the agent key.

use rusqlite::{OptionalExtension, Row, params};

use super::JobStore;
use super::error::{StoreError, db_error};
use super::model::Currency;

/// Where a sweep is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SweepState {
    /// Waiting for the keeper.
    Requested,
    /// Signed and recorded at `nonce`, broadcast; waiting for its receipt.
    Sent,
    /// Mined.
    Mined,
    /// Not sent, for the reason recorded (it would leave less than the keep amount, ...).
    Refused,
    /// Sent but not mined: its nonce went to another transaction.
    Failed,
}

impl SweepState {
    fn as_str(&self) -> &'static str {
        match self {
            SweepState::Requested => "requested",
            SweepState::Sent => "sent",
            SweepState::Mined => "mined",
            SweepState::Refused => "refused",
            SweepState::Failed => "failed",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        [
            SweepState::Requested,
            SweepState::Sent,
            SweepState::Mined,
            SweepState::Refused,
            SweepState::Failed,
        ]
        .into_iter()
        .find(|state| state.as_str() == text)
    }

    /// Whether nothing more will happen to it.
    pub fn is_final(&self) -> bool {
        matches!(
            self,
            SweepState::Mined | SweepState::Refused | SweepState::Failed
        )
    }
}

/// A sweep as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sweep {
    pub id: i64,
    /// 0x-prefixed address the earnings go to.
    pub to: String,
    /// What is swept: the agent's ETH, or its USDC.
    pub currency: Currency,
    /// What the agent keeps, in the currency's smallest unit (decimal).
    pub keep: String,
    pub state: SweepState,
    pub nonce: Option<u64>,
    /// What is sent, in the currency's smallest unit (decimal), once signed.
    pub amount: Option<String>,
    pub tx_hash: Option<String>,
    /// The signed transaction, to broadcast again after a restart.
    pub raw: Option<Vec<u8>>,
    /// Why it was refused or failed.
    pub reason: Option<String>,
}

const SWEEP_COLUMNS: &str =
    "id, to_address, currency, keep, state, nonce, amount, tx_hash, raw, reason";

fn sweep_from_row(row: &Row<'_>) -> rusqlite::Result<Sweep> {
    let state: String = row.get("state")?;
    Ok(Sweep {
        id: row.get("id")?,
        to: row.get("to_address")?,
        currency: row.get("currency")?,
        keep: row.get("keep")?,
        state: SweepState::parse(&state).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                3,
                rusqlite::types::Type::Text,
                format!("unknown sweep state {state:?}").into(),
            )
        })?,
        nonce: row
            .get::<_, Option<i64>>("nonce")?
            .and_then(|n| u64::try_from(n).ok()),
        amount: row.get("amount")?,
        tx_hash: row.get("tx_hash")?,
        raw: row.get("raw")?,
        reason: row.get("reason")?,
    })
}

impl JobStore {
    /// Records a request to send everything in `currency` above `keep` (smallest unit) to `to`;
    /// the keeper picks it up.
    pub fn request_sweep(
        &self,
        to: &str,
        currency: Currency,
        keep: &str,
    ) -> Result<i64, StoreError> {
        const OP: &str = "request_sweep";
        let conn = self.lock();
        conn.execute(
            "INSERT INTO sweeps (to_address, currency, keep, state, requested_at, updated_at)
             VALUES (?1, ?2, ?3, 'requested', unixepoch(), unixepoch())",
            params![to, currency.as_str(), keep],
        )
        .map_err(db_error(OP, None))?;
        Ok(conn.last_insert_rowid())
    }

    pub fn sweep(&self, id: i64) -> Result<Option<Sweep>, StoreError> {
        const OP: &str = "sweep";
        let sql = format!("SELECT {SWEEP_COLUMNS} FROM sweeps WHERE id = ?1");
        self.lock()
            .query_row(&sql, [id], sweep_from_row)
            .optional()
            .map_err(db_error(OP, None))
    }

    /// The oldest sweep the keeper has yet to send or settle.
    pub fn open_sweep(&self) -> Result<Option<Sweep>, StoreError> {
        const OP: &str = "open_sweep";
        let sql = format!(
            "SELECT {SWEEP_COLUMNS} FROM sweeps WHERE state IN ('requested', 'sent')
             ORDER BY id LIMIT 1"
        );
        self.lock()
            .query_row(&sql, [], sweep_from_row)
            .optional()
            .map_err(db_error(OP, None))
    }

    /// Records the signed transfer before it is broadcast.
    pub fn sweep_signed(
        &self,
        id: i64,
        nonce: u64,
        amount: &str,
        tx_hash: &str,
        raw: &[u8],
    ) -> Result<(), StoreError> {
        const OP: &str = "sweep_signed";
        let nonce = i64::try_from(nonce).unwrap_or(i64::MAX);
        self.lock()
            .execute(
                "UPDATE sweeps SET state = 'sent', nonce = ?2, amount = ?3, tx_hash = ?4,
                     raw = ?5, updated_at = unixepoch()
                 WHERE id = ?1 AND state = 'requested'",
                params![id, nonce, amount, tx_hash, raw],
            )
            .map_err(db_error(OP, None))?;
        Ok(())
    }

    /// Ends a sweep: `Mined`, `Refused` or `Failed` (with the reason for the last two).
    pub fn sweep_finished(
        &self,
        id: i64,
        state: SweepState,
        reason: Option<&str>,
    ) -> Result<(), StoreError> {
        const OP: &str = "sweep_finished";
        debug_assert!(state.is_final());
        self.lock()
            .execute(
                "UPDATE sweeps SET state = ?2, reason = ?3, raw = NULL, updated_at = unixepoch()
                 WHERE id = ?1 AND state IN ('requested', 'sent')",
                params![id, state.as_str(), reason],
            )
            .map_err(db_error(OP, None))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sweep_goes_from_requested_to_sent_to_mined_and_only_forward()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let store = JobStore::open(dir.path().join("jobs.sqlite"))?;
        assert_eq!(store.open_sweep()?, None);
        let to = format!("0x{}", "ab".repeat(20));
        let id = store.request_sweep(&to, Currency::Usdc, "1000")?;
        let open = store.open_sweep()?.ok_or("requested")?;
        assert_eq!(
            (open.id, open.state, open.to.as_str()),
            (id, SweepState::Requested, to.as_str())
        );
        store.sweep_signed(id, 7, "5000", "0xfeed", &[1, 2, 3])?;
        let sent = store.sweep(id)?.ok_or("recorded")?;
        assert_eq!(
            (sent.state, sent.nonce, sent.amount.as_deref(), sent.raw),
            (SweepState::Sent, Some(7), Some("5000"), Some(vec![1, 2, 3]))
        );
        store.sweep_finished(id, SweepState::Mined, None)?;
        // Final: a late refusal changes nothing, and nothing is open any more.
        store.sweep_finished(id, SweepState::Refused, Some("late"))?;
        let mined = store.sweep(id)?.ok_or("recorded")?;
        assert_eq!(
            (mined.state, mined.reason, mined.raw),
            (SweepState::Mined, None, None)
        );
        assert_eq!(store.open_sweep()?, None);
        Ok(())
    }
}
