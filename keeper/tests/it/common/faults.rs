//! Fault injectors that need more than one component: broken local storage, and the
//! replacement race (a replaced fulfil whose original is mined while the keeper is down).

use std::path::{Path, PathBuf};
use std::time::Duration;

use alloy::primitives::B256;
use alloy::providers::Provider as _;
use eyre::{Context as _, ContextCompat as _, ensure};

use super::chain::{AGENTS, STATUS_DELIVERED};
use super::{Check, Keeper, World, wait_until};

/// A real I/O fault for the local storage backend: the storage directory is moved away and a
/// regular file takes its path, so every write fails (creating a directory or a file under a
/// file is `ENOTDIR`), the way a lost mount or a full disk fails writes. [`Self::restore`] puts
/// everything back.
pub struct StorageOutage {
    dir: PathBuf,
    parked: PathBuf,
    active: bool,
}

impl StorageOutage {
    /// Breaks storage at `dir` (created first if it does not exist yet).
    pub fn begin(dir: &Path) -> eyre::Result<Self> {
        std::fs::create_dir_all(dir).wrap_err_with(|| format!("create {}", dir.display()))?;
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "storage".into());
        let parked = dir.with_file_name(format!("{name}.parked-during-outage"));
        std::fs::rename(dir, &parked).wrap_err_with(|| format!("move {} away", dir.display()))?;
        std::fs::write(dir, b"storage is unreachable (scripted outage)\n")
            .wrap_err_with(|| format!("put a file at {}", dir.display()))?;
        Ok(Self {
            dir: dir.to_path_buf(),
            parked,
            active: true,
        })
    }

    /// Storage works again, with everything stored before the outage.
    pub fn restore(&mut self) -> eyre::Result<()> {
        if !self.active {
            return Ok(());
        }
        std::fs::remove_file(&self.dir)
            .wrap_err_with(|| format!("remove the file at {}", self.dir.display()))?;
        std::fs::rename(&self.parked, &self.dir)
            .wrap_err_with(|| format!("move {} back", self.dir.display()))?;
        self.active = false;
        Ok(())
    }
}

impl Drop for StorageOutage {
    fn drop(&mut self) {
        let _ = self.restore();
    }
}

/// What [`replacement_race`] did.
pub struct Race {
    /// The first version of the fulfil, which ended up mined.
    pub original: B256,
    /// The version(s) the keeper replaced it with, dropped from the mempool.
    pub replacements: Vec<B256>,
}

/// With mining paused: waits until the keeper (agent 0) has sent a fulfil for `token` and replaced it at
/// the same nonce, kills it, drops every replacement from Anvil's pool, re-broadcasts the
/// original's recorded bytes and mines one block with it. Mining stays paused.
pub async fn replacement_race(world: &World, keeper: &Keeper, token: u64) -> eyre::Result<Race> {
    let chain = &world.chain;
    let agent = chain.address(AGENTS[0]);
    let job = keeper
        .wait_token_state(token, &["submitted"], Duration::from_secs(30))
        .await?;
    let original: B256 = job["submit_tx_hash"]
        .as_str()
        .wrap_err_with(|| format!("submitted job without submit_tx_hash: {job}"))?
        .parse()?;
    let nonce = wait_until(
        "the keeper to replace its unmined fulfil at the same nonce",
        Duration::from_secs(30),
        Duration::from_millis(100),
        || async {
            keeper.ensure_running()?;
            let pool = chain.pool_from(agent).await?;
            Ok(match pool.iter().find(|&&(_, hash)| hash != original) {
                Some(&(nonce, _)) => Check::Done(nonce),
                None => Check::NotYet(format!("agent's mempool {pool:?}")),
            })
        },
    )
    .await?;
    keeper.kill9()?;
    let mut replacements = Vec::new();
    for (n, hash) in chain.pool_from(agent).await? {
        if n == nonce {
            chain.drop_transaction(hash).await?;
            replacements.push(hash);
        }
    }
    ensure!(
        !replacements.contains(&original),
        "the original {original} was still in the pool: the keeper did not replace it"
    );
    let raw = world
        .proxy
        .raw_transaction(original)
        .wrap_err_with(|| format!("the proxy has no raw bytes of {original}"))?;
    ensure!(
        chain.send_raw(&raw).await? == original,
        "re-broadcasting the original gave another hash"
    );
    chain.mine(1).await?;
    let receipt = chain
        .provider
        .get_transaction_receipt(original)
        .await?
        .wrap_err("the re-broadcast original was not mined")?;
    ensure!(receipt.status(), "the original fulfil reverted");
    ensure!(
        world.nft().status(token).await? == STATUS_DELIVERED,
        "the original fulfil did not deliver token {token}"
    );
    Ok(Race {
        original,
        replacements,
    })
}

/// Adds the keeper's last complaint (a failed round it keeps retrying) to `error`.
pub fn with_keeper_complaint(error: eyre::Report, keeper: &Keeper) -> eyre::Report {
    let complaints = ["submission failed", "job step failed", "WARN", "ERROR"];
    match complaints
        .iter()
        .find_map(|needle| keeper.last_line_containing(needle))
    {
        Some(line) => error.wrap_err(format!(
            "the keeper's last complaint ({} such lines): {line}",
            keeper.count_lines_containing("submission failed")
                + keeper.count_lines_containing("job step failed")
        )),
        None => error,
    }
}
