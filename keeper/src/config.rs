//! Keeper configuration: a TOML file, overridden by environment variables and CLI flags (the
//! overrides are applied by `main`), validated before anything touches the network.
//! Secrets never live in the file: keys come from the environment or an encrypted keystore.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use alloy::primitives::Address;
use serde::Deserialize;
use url::Url;

use crate::chain::price_feed::UsdPerEth;
use crate::chain::units::to_wei;
use crate::images::ImageSpec;

mod env;
mod parse_error;
pub use env::{ENV_PREFIX, ENV_SEPARATOR};
pub use parse_error::ParseFailure;

/// Environment variable holding the agent's private key (0x-hex).
pub const AGENT_KEY_ENV: &str = "GENIM_AGENT_KEY";
/// Environment variable holding the keystore password.
pub const KEYSTORE_PASSWORD_ENV: &str = "GENIM_KEYSTORE_PASSWORD";

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {}: {source}", .path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Carries no text of the file: it may hold credentials (see [`ParseFailure`]).
    #[error("invalid config file {}: {failure}", .path.display())]
    Parse {
        path: PathBuf,
        failure: ParseFailure,
    },
    /// Carries no value: the variable may hold credentials.
    #[error("invalid environment variable {variable}: {problem}")]
    Env { variable: String, problem: String },
    #[error("invalid {field}: {problem}")]
    Invalid {
        field: &'static str,
        problem: String,
    },
}

fn invalid(field: &'static str, problem: impl Into<String>) -> ConfigError {
    ConfigError::Invalid {
        field,
        problem: problem.into(),
    }
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub chain: ChainConfig,
    pub agent: AgentConfig,
    pub jobs: JobsConfig,
    pub submit: SubmitConfig,
    pub images: ImagesConfig,
    pub storage: StorageConfig,
    pub http: HttpConfig,
    pub admin: AdminConfig,
    pub metadata: MetadataConfig,
    pub health: HealthConfig,
    pub web: WebConfig,
    pub prices: PricesConfig,
    pub relay: RelayConfig,
    pub mcp: McpConfig,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ChainConfig {
    pub rpc_url: String,
    /// Parsed by [`Config::validate`]; kept as text so a bad value gets a clear error.
    pub contract: String,
    pub start_block: u64,
    pub confirmations: u64,
    pub poll_interval_ms: u64,
    pub max_log_range: u64,
    /// Longest wait for one JSON-RPC answer; a node that holds a call open fails it after this.
    pub rpc_timeout_secs: u64,
    /// A development chain with another chain id (private URLs allowed, no warning for
    /// `start_block = 0`). Chain ids 31337 and 1337 count as local anyway; nothing else does,
    /// whatever the node calls itself.
    pub local: bool,
}

impl Default for ChainConfig {
    fn default() -> Self {
        Self {
            rpc_url: "http://127.0.0.1:8545".into(),
            contract: String::new(),
            start_block: 0,
            confirmations: 0,
            poll_interval_ms: 1000,
            max_log_range: 2000,
            rpc_timeout_secs: 10,
            local: false,
        }
    }
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct AgentConfig {
    /// A `cast wallet` (Web3 secret storage) keystore; else the key comes from `GENIM_AGENT_KEY`.
    pub keystore: Option<PathBuf>,
    /// File holding the keystore password; else `GENIM_KEYSTORE_PASSWORD`.
    pub password_file: Option<PathBuf>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct JobsConfig {
    pub database: PathBuf,
    pub concurrency: usize,
    /// Most image answers held in memory at once (being read, decoded and spooled), and as many
    /// uploads: bounds peak memory when many of the `concurrency` answers land together.
    pub images_in_memory: usize,
    pub min_time_left_secs: u64,
    pub shard_index: u64,
    pub shard_count: u64,
    pub takeover_after_secs: u64,
    /// Where paid images wait for their upload (fsynced before anything else happens); by
    /// default `genim-spool` next to the database.
    pub spool_dir: Option<PathBuf>,
    /// Drain in favour of this agent (rotation): once it is authorized, tokens it may deliver
    /// (from its first token id on) are left to it unless already started here; this keeper
    /// finishes the rest. Empty: not draining.
    pub drain_to: String,
    /// Refund tokens this keeper gave up once their deadline has passed, from the agent's wallet,
    /// so holders get their money back without asking or paying gas.
    pub auto_refund: bool,
    /// The most a refund may cost in gas, as a share of the escrow it returns.
    pub auto_refund_max_gas_share: f64,
}

impl Default for JobsConfig {
    fn default() -> Self {
        Self {
            database: PathBuf::from("genim.db"),
            concurrency: 4,
            images_in_memory: crate::images::ImageMemory::DEFAULT_IMAGES,
            min_time_left_secs: 60,
            shard_index: 0,
            shard_count: 1,
            takeover_after_secs: 600,
            spool_dir: None,
            drain_to: String::new(),
            auto_refund: true,
            auto_refund_max_gas_share: 0.5,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SubmitConfig {
    pub batch_size: usize,
    pub batch_max_wait_ms: u64,
    pub gas_limit_cap: u64,
    pub resend_after_secs: u64,
    /// Absolute cap on `maxFeePerGas`; above it the keeper waits instead of sending.
    pub max_fee_per_gas_gwei: f64,
    /// The most a delivery may cost in gas (plus its images, see `image_cost_usd`), as a share of
    /// the escrow it earns (0.5 = half).
    pub max_gas_cost_share: f64,
    /// What one image costs at the provider, in dollars (valued with the `[prices]` rate); the
    /// delivery guard counts it with the gas. 0: not counted.
    pub image_cost_usd: f64,
    /// Fulfil transactions in flight at once (consecutive nonces).
    pub max_in_flight: usize,
}

impl SubmitConfig {
    /// `max_fee_per_gas_gwei` in wei, for the submitter to hold once instead of converting the
    /// float on every fee decision.
    pub fn max_fee_per_gas_wei(&self) -> u128 {
        u128::try_from(to_wei(self.max_fee_per_gas_gwei, 1e9)).unwrap_or(u128::MAX)
    }
}

impl Default for SubmitConfig {
    fn default() -> Self {
        Self {
            batch_size: 50,
            // About one L2 block: a longer wait delays a partial batch by a whole block.
            batch_max_wait_ms: 250,
            gas_limit_cap: 15_000_000,
            resend_after_secs: 60,
            max_fee_per_gas_gwei: 100.0,
            max_gas_cost_share: 0.5,
            image_cost_usd: 0.0,
            max_in_flight: 4,
        }
    }
}

/// Environment variable holding the relayer's private key (`[relay]`): the wallet that sends the
/// USDC mints buyers sign, never the agent's.
pub const RELAY_KEY_ENV: &str = "GENIM_RELAY_KEY";

/// The MCP server for AI agents at `/mcp` on the public listener (tools `list_tiers`,
/// `generate_image`, `get_image`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct McpConfig {
    pub enabled: bool,
    /// Where buyers' browsers open the page (its payment link). Empty: `http.public_url`-less
    /// keepers use the keeper's own page at the address the MCP client reached.
    pub page_url: String,
    /// How long `generate_image` and `get_image` wait for a paid image before answering with the
    /// request's state (a client's tool call timeout is often 60 s or less).
    pub wait_secs: u64,
    /// `Host` names `/mcp` answers (with or without `:port`); others get 403, so a web page
    /// cannot reach a keeper on the operator's machine by DNS rebinding. Loopback by default;
    /// a public keeper adds its hostname (the host of `page_url` is added by itself); `["*"]`:
    /// any host.
    pub allowed_hosts: Vec<String>,
    /// Requests to `/mcp` and `/api/requests` per second and client address, on average…
    pub requests_per_second: u32,
    /// …and at once (a session opens with four or five: initialize, list, stream, call).
    pub burst: u32,
}

impl Default for McpConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            page_url: String::new(),
            wait_secs: 45,
            allowed_hosts: ["localhost", "127.0.0.1", "::1"]
                .map(str::to_owned)
                .to_vec(),
            requests_per_second: 10,
            burst: 40,
        }
    }
}

/// The USDC relay (`POST /api/mint-with-authorization`), on when `GENIM_RELAY_KEY` is set.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RelayConfig {
    /// Off: no relay even with a key.
    pub enabled: bool,
    /// Relays accepted and not yet mined, at most (more: 503 busy).
    pub max_waiting: u64,
    /// An authorization must stay valid at least this long after it is posted.
    pub min_window_secs: u64,
    /// Posts per second per client address (token bucket), and the burst.
    pub requests_per_second: u32,
    pub burst: u32,
    /// The most a relay may cost in gas (L2 execution plus L1 data fee), as a share of the USDC
    /// price it escrows; above it relays pause (deliveries go on).
    pub max_gas_cost_share: f64,
    /// Absolute cap on a relay's `maxFeePerGas`.
    pub max_fee_per_gas_gwei: f64,
}

impl Default for RelayConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            max_waiting: 64,
            min_window_secs: 120,
            requests_per_second: 1,
            burst: 5,
            max_gas_cost_share: 0.5,
            max_fee_per_gas_gwei: 100.0,
        }
    }
}

impl RelayConfig {
    pub fn max_fee_per_gas_wei(&self) -> u128 {
        u128::try_from(to_wei(self.max_fee_per_gas_gwei, 1e9)).unwrap_or(u128::MAX)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let positive = |value: f64| value > 0.0 && value.is_finite();
        if !positive(self.max_gas_cost_share) || !positive(self.max_fee_per_gas_gwei) {
            return Err(invalid(
                "relay",
                "max_gas_cost_share and max_fee_per_gas_gwei must be positive numbers",
            ));
        }
        if self.max_waiting == 0 || self.requests_per_second == 0 || self.burst == 0 {
            return Err(invalid(
                "relay",
                "max_waiting, requests_per_second and burst must be at least 1",
            ));
        }
        Ok(())
    }
}

/// The ETH/USD rate that values USDC escrow against gas (see `chain::price_feed`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PricesConfig {
    /// A Chainlink-style ETH/USD aggregator (`latestRoundData`, `decimals`); empty: none.
    pub eth_usd_feed: String,
    /// Dollars per ETH when the feed is unset, fails or is stale; 0: no fallback.
    pub usd_per_eth: f64,
    /// A feed answer older than this is stale (Chainlink's ETH/USD heartbeat is 20 min to 1 h).
    pub max_feed_age_secs: u64,
    /// A reading is reused this long (the guard asks once per batch).
    pub refresh_secs: u64,
}

impl Default for PricesConfig {
    fn default() -> Self {
        Self {
            eth_usd_feed: String::new(),
            usd_per_eth: 0.0,
            max_feed_age_secs: 3600,
            refresh_secs: 30,
        }
    }
}

impl PricesConfig {
    fn validate(&self) -> Result<(Option<Address>, Option<UsdPerEth>), ConfigError> {
        let feed = match self.eth_usd_feed.trim() {
            "" => None,
            text => Some(text.parse::<Address>().map_err(|e| {
                invalid(
                    "prices.eth_usd_feed",
                    format!("not an address ({e}): the ETH/USD aggregator's address"),
                )
            })?),
        };
        let fallback = if self.usd_per_eth == 0.0 {
            None
        } else {
            Some(UsdPerEth::from_dollars(self.usd_per_eth).ok_or_else(|| {
                invalid(
                    "prices.usd_per_eth",
                    "must be a positive number of dollars per ETH (0: no fallback)",
                )
            })?)
        };
        if self.max_feed_age_secs == 0 || self.refresh_secs == 0 {
            return Err(invalid(
                "prices",
                "max_feed_age_secs and refresh_secs must be at least 1",
            ));
        }
        Ok((feed, fallback))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ImageBackendKind {
    Procedural,
    OpenAi,
    Bfl,
}

impl std::str::FromStr for ImageBackendKind {
    type Err = ConfigError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "procedural" => Ok(Self::Procedural),
            "openai" => Ok(Self::OpenAi),
            "bfl" => Ok(Self::Bfl),
            other => Err(invalid(
                "images.backend",
                format!("unknown backend {other:?} (expected procedural, openai or bfl)"),
            )),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TierImageConfig {
    /// What buyers call the tier ("basic", "premium", "ultra"), on the page and in the MCP
    /// tools; empty: "tier N".
    #[serde(default)]
    pub name: String,
    pub model: String,
    pub size: String,
}

impl TierImageConfig {
    /// The tier's name for buyers: the configured one, else "tier N".
    pub fn display_name(&self, tier: u8) -> String {
        if self.name.trim().is_empty() {
            format!("tier {tier}")
        } else {
            self.name.trim().to_owned()
        }
    }
}

/// A tier this keeper offers buyers, as its configuration describes it (prices and windows come
/// from the contract whenever they are shown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferedTier {
    pub tier: u8,
    /// What buyers call it ("premium"; "tier N" when unnamed).
    pub name: String,
    pub model: String,
    pub size: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ImagesConfig {
    /// Kept as text so that an unknown backend gets a clear error from validation.
    pub backend: String,
    pub base_url: String,
    pub api_key_env: String,
    pub request_timeout_secs: u64,
    pub poll_interval_ms: u64,
    /// Calls per try; after them the token is rescheduled (persisted backoff) while its deadline
    /// allows. One by default: every failure then counts towards the provider's circuit breaker
    /// at once.
    pub max_attempts: u32,
    pub base_delay_ms: u64,
    pub max_delay_ms: u64,
    pub submit_margin_secs: u64,
    /// Hosts (besides `base_url`'s) whose image URLs may be fetched over plain http or at
    /// private addresses: a local CDN or a test server. Every other image URL the provider
    /// returns must be https at a public address.
    pub allow_insecure_hosts: Vec<String>,
    pub default: TierImageConfig,
    pub tiers: BTreeMap<String, TierImageConfig>,
}

impl Default for ImagesConfig {
    fn default() -> Self {
        Self {
            backend: "procedural".into(),
            base_url: String::new(),
            api_key_env: "GENIM_IMAGE_API_KEY".into(),
            request_timeout_secs: 120,
            poll_interval_ms: 1000,
            max_attempts: 1,
            base_delay_ms: 500,
            max_delay_ms: 30_000,
            submit_margin_secs: 30,
            allow_insecure_hosts: Vec::new(),
            default: TierImageConfig {
                name: String::new(),
                model: crate::images::procedural::MODEL.into(),
                size: "512x512".into(),
            },
            tiers: BTreeMap::new(),
        }
    }
}

impl ImagesConfig {
    /// The model and size for a tier: its override, else the default.
    pub fn spec_for_tier(&self, tier: u8) -> Result<ImageSpec, ConfigError> {
        let tier_config = self.tiers.get(&tier.to_string()).unwrap_or(&self.default);
        ImageSpec::from_size(tier_config.model.clone(), &tier_config.size)
            .map_err(|e| invalid("images size", e.to_string()))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StorageConfig {
    /// `local`, `s3` or `ipfs`; kept as text so an unknown backend gets a clear error.
    pub backend: String,
    /// local: the stored files; ipfs: local copies of what was published.
    pub dir: PathBuf,
    /// local, s3: where stored files are publicly readable.
    pub public_base_url: String,
    pub bucket: String,
    pub endpoint: String,
    pub region: String,
    pub allow_http: bool,
    /// ipfs: the Kubo RPC API (`/api/v0` is appended).
    pub ipfs_api_url: String,
    /// ipfs, optional: a gateway checked at start-up to serve what was published.
    pub ipfs_gateway_url: String,
    /// ipfs, optional: an IPFS Pinning Service API endpoint for one more pin.
    pub ipfs_pinning_service_url: String,
    /// ipfs: how long the pinning service may take to report a pin `pinned`.
    pub ipfs_pin_timeout_secs: u64,
    /// Per storage request (s3, ipfs).
    pub request_timeout_secs: u64,
}

impl Default for StorageConfig {
    fn default() -> Self {
        Self {
            backend: "local".into(),
            dir: PathBuf::from("genim-data"),
            public_base_url: "http://127.0.0.1:8080".into(),
            bucket: String::new(),
            endpoint: String::new(),
            region: String::new(),
            allow_http: false,
            ipfs_api_url: "http://127.0.0.1:5001".into(),
            ipfs_gateway_url: String::new(),
            ipfs_pinning_service_url: String::new(),
            ipfs_pin_timeout_secs: 120,
            request_timeout_secs: 60,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HttpConfig {
    pub listen: String,
    /// A client must send a request's headers within this.
    pub header_read_timeout_secs: u64,
    /// A connection on which no byte moves either way for this long is closed (idle keep-alive
    /// connections, clients that stop reading a file).
    pub idle_timeout_secs: u64,
    /// Open connections at most; lowered at start so `reserved_file_descriptors` stay free.
    pub max_connections: usize,
    /// Open connections per client address at most.
    pub max_connections_per_client: usize,
    /// File descriptors the HTTP server never takes: the spool, database, storage and RPC
    /// connections always have them.
    pub reserved_file_descriptors: u64,
    /// Gallery requests (`/tokens`, `/api/config`) per second and client address, on average…
    pub gallery_requests_per_second: u32,
    /// …and at once.
    pub gallery_burst: u32,
}

impl Default for HttpConfig {
    fn default() -> Self {
        Self {
            listen: "127.0.0.1:8080".into(),
            header_read_timeout_secs: 10,
            idle_timeout_secs: 20,
            max_connections: 1024,
            max_connections_per_client: 32,
            reserved_file_descriptors: 256,
            gallery_requests_per_second: 10,
            gallery_burst: 20,
        }
    }
}

impl HttpConfig {
    /// The listener's limits under the process's open-file limit (see `serve::limits`).
    pub fn serve_limits(&self, open_file_limit: Option<u64>) -> crate::serve::limits::ServeLimits {
        let budget = crate::serve::limits::connection_budget(
            self.max_connections.max(1),
            open_file_limit,
            self.reserved_file_descriptors,
        );
        crate::serve::limits::ServeLimits {
            header_read_timeout: Duration::from_secs(self.header_read_timeout_secs.max(1)),
            idle_timeout: Duration::from_secs(self.idle_timeout_secs.max(1)),
            max_connections: budget,
            max_connections_per_client: self.max_connections_per_client.max(1),
        }
    }
}

/// The operators' listener: `/metrics`, the detailed `/health`, `/live` and `/ready`. Kept apart
/// from the public one (which answers any origin) so reasons and metrics stay on the host.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AdminConfig {
    pub listen: String,
}

/// 9464 is the port commonly used by Prometheus exporters of this kind.
pub const DEFAULT_ADMIN_LISTEN: &str = "127.0.0.1:9464";

impl Default for AdminConfig {
    fn default() -> Self {
        Self {
            listen: DEFAULT_ADMIN_LISTEN.into(),
        }
    }
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct MetadataConfig {
    /// Optional; `{id}` is replaced by the token id.
    pub external_url: String,
}

impl MetadataConfig {
    pub fn external_url_for(&self, token_id: u64) -> Option<String> {
        (!self.external_url.is_empty())
            .then(|| self.external_url.replace("{id}", &token_id.to_string()))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HealthConfig {
    /// Unhealthy when the scanner has not completed a round for this many poll intervals.
    pub scanner_stall_polls: u32,
    /// Unhealthy when this many submit rounds in a row failed.
    pub submit_failure_rounds: u32,
    /// Unhealthy (and a warning) when the agent holds less than this, in ETH.
    pub min_agent_balance_eth: f64,
    /// How often a paused stage's probe runs.
    pub probe_interval_secs: u64,
    /// How often the agent's balance is read, besides before each fulfil (the balance metric
    /// and the floor stay fresh while nothing is delivered).
    pub balance_poll_secs: u64,
    /// `/live` fails when one of the keeper's loops has not turned for this long (wedged); an
    /// outage only slows a loop down (its back-off is at most 30 s), so this must be longer.
    pub loop_wedged_secs: u64,
}

impl Default for HealthConfig {
    fn default() -> Self {
        Self {
            scanner_stall_polls: 30,
            submit_failure_rounds: 5,
            min_agent_balance_eth: 0.001,
            probe_interval_secs: 15,
            balance_poll_secs: 60,
            loop_wedged_secs: 300,
        }
    }
}

/// The shortest `health.loop_wedged_secs`: twice the longest back-off of a polling loop.
const MIN_LOOP_WEDGED_SECS: u64 = 60;

/// The parts of the configuration that validation turns into typed values.
#[derive(Debug, Clone)]
pub struct Validated {
    pub rpc_url: Url,
    pub contract: Address,
    /// `jobs.drain_to`.
    pub drain_to: Option<Address>,
    pub backend: ImageBackendKind,
    pub listen: std::net::SocketAddr,
    pub admin_listen: std::net::SocketAddr,
    /// `prices.eth_usd_feed`.
    pub eth_usd_feed: Option<Address>,
    /// `prices.usd_per_eth`.
    pub usd_per_eth_fallback: Option<UsdPerEth>,
}

impl Config {
    /// Reads a TOML file (a missing `path` means all defaults), then applies the environment's
    /// `GENIM_<SECTION>__<KEY>` variables over it. `flag_env` are the command line's variables
    /// (`GENIM_HTTP_LISTEN`, ...); any other `GENIM_SECTION_KEY` naming a key is refused.
    pub fn load(path: Option<&Path>, flag_env: &[&str]) -> Result<Self, ConfigError> {
        env::refuse_misspelt_keys(flag_env)?;
        let (config, table) = match path {
            None => (Self::default(), toml::Table::new()),
            Some(path) => Self::read_file(path)?,
        };
        if env::has_overrides() {
            env::with_overrides(&table)
        } else {
            Ok(config)
        }
    }

    /// The file as a config (its errors placed by line and key) and as a table to merge into.
    fn read_file(path: &Path) -> Result<(Self, toml::Table), ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_owned(),
            source,
        })?;
        let parse_error = |error: toml::de::Error| ConfigError::Parse {
            path: path.to_owned(),
            failure: ParseFailure::of(&text, &error),
        };
        let config = toml::from_str(&text).map_err(parse_error)?;
        let table = toml::from_str(&text).map_err(parse_error)?;
        Ok((config, table))
    }

    /// Checks everything that can be checked offline and returns the parsed values.
    pub fn validate(&self) -> Result<Validated, ConfigError> {
        let rpc_url = Url::parse(&self.chain.rpc_url)
            // Not quoted: a URL that does not parse cannot be redacted reliably, and it may
            // carry the node provider's key.
            .map_err(|e| invalid("chain.rpc_url", format!("not a valid URL: {e}")))?;
        if !matches!(rpc_url.scheme(), "http" | "https") {
            return Err(invalid("chain.rpc_url", "must be an http(s) URL"));
        }
        if self.chain.contract.is_empty() {
            return Err(invalid(
                "chain.contract",
                "missing (set it in the file, GENIM_CONTRACT or --contract)",
            ));
        }
        let contract: Address =
            self.chain.contract.parse().map_err(|e| {
                invalid("chain.contract", format!("{:?}: {e}", self.chain.contract))
            })?;
        if self.chain.max_log_range == 0 || self.chain.poll_interval_ms == 0 {
            return Err(invalid(
                "chain",
                "max_log_range and poll_interval_ms must be positive",
            ));
        }
        if self.jobs.concurrency == 0 {
            return Err(invalid("jobs.concurrency", "must be at least 1"));
        }
        if self.jobs.images_in_memory == 0 {
            return Err(invalid("jobs.images_in_memory", "must be at least 1"));
        }
        if self.jobs.shard_count == 0 || self.jobs.shard_index >= self.jobs.shard_count {
            return Err(invalid(
                "jobs.shard_index",
                format!(
                    "{} is not below shard_count {}",
                    self.jobs.shard_index, self.jobs.shard_count
                ),
            ));
        }
        if self.submit.batch_size == 0 || self.submit.batch_size > 500 {
            return Err(invalid("submit.batch_size", "must be between 1 and 500"));
        }
        if !(self.submit.max_fee_per_gas_gwei > 0.0 && self.submit.max_fee_per_gas_gwei.is_finite())
        {
            return Err(invalid(
                "submit.max_fee_per_gas_gwei",
                "must be a positive number",
            ));
        }
        if !(self.submit.max_gas_cost_share > 0.0 && self.submit.max_gas_cost_share.is_finite()) {
            return Err(invalid(
                "submit.max_gas_cost_share",
                "must be a positive number (1.0 = gas may cost as much as the escrow)",
            ));
        }
        if !(self.submit.image_cost_usd >= 0.0 && self.submit.image_cost_usd.is_finite()) {
            return Err(invalid(
                "submit.image_cost_usd",
                "must be 0 or more dollars per image",
            ));
        }
        if !(self.jobs.auto_refund_max_gas_share > 0.0
            && self.jobs.auto_refund_max_gas_share.is_finite())
        {
            return Err(invalid(
                "jobs.auto_refund_max_gas_share",
                "must be a positive number (0.5 = a refund's gas may cost half the escrow)",
            ));
        }
        if self.submit.max_in_flight == 0 {
            return Err(invalid("submit.max_in_flight", "must be at least 1"));
        }
        if !(self.health.min_agent_balance_eth >= 0.0
            && self.health.min_agent_balance_eth.is_finite())
        {
            return Err(invalid("health.min_agent_balance_eth", "must be 0 or more"));
        }
        if self.health.probe_interval_secs == 0 || self.health.scanner_stall_polls == 0 {
            return Err(invalid(
                "health",
                "probe_interval_secs and scanner_stall_polls must be positive",
            ));
        }
        if self.health.balance_poll_secs == 0 {
            return Err(invalid("health.balance_poll_secs", "must be at least 1"));
        }
        if self.health.loop_wedged_secs < MIN_LOOP_WEDGED_SECS {
            return Err(invalid(
                "health.loop_wedged_secs",
                format!(
                    "must be at least {MIN_LOOP_WEDGED_SECS} (longer than a loop's longest back-off)"
                ),
            ));
        }
        let backend: ImageBackendKind = self.images.backend.parse()?;
        if backend != ImageBackendKind::Procedural {
            Url::parse(&self.images.base_url).map_err(|e| {
                invalid(
                    "images.base_url",
                    format!("{:?}: {e}", self.images.base_url),
                )
            })?;
        }
        if self.images.max_attempts == 0 {
            return Err(invalid("images.max_attempts", "must be at least 1"));
        }
        self.images.spec_for_tier(0)?;
        for tier in self.images.tiers.keys() {
            let tier: u8 = tier
                .parse()
                .map_err(|_| invalid("images.tiers", format!("{tier:?} is not a tier number")))?;
            self.images.spec_for_tier(tier)?;
        }
        self.validate_storage()?;
        let listen = self
            .http
            .listen
            .parse()
            .map_err(|e| invalid("http.listen", format!("{:?}: {e}", self.http.listen)))?;
        let admin_listen: std::net::SocketAddr = self
            .admin
            .listen
            .parse()
            .map_err(|e| invalid("admin.listen", format!("{:?}: {e}", self.admin.listen)))?;
        if admin_listen == listen {
            return Err(invalid(
                "admin.listen",
                format!("{admin_listen} is also http.listen; give the admin listener its own port"),
            ));
        }
        self.web.validate()?;
        let drain_to = match self.jobs.drain_to.trim() {
            "" => None,
            text => Some(text.parse::<Address>().map_err(|e| {
                invalid(
                    "jobs.drain_to",
                    format!("not an address ({e}): the new agent's address"),
                )
            })?),
        };
        let (eth_usd_feed, usd_per_eth_fallback) = self.prices.validate()?;
        self.relay.validate()?;
        Ok(Validated {
            rpc_url,
            contract,
            drain_to,
            backend,
            listen,
            admin_listen,
            eth_usd_feed,
            usd_per_eth_fallback,
        })
    }

    /// The storage settings the chosen backend uses; the backend checks the rest (URL shapes,
    /// credentials) when it is built.
    fn validate_storage(&self) -> Result<(), ConfigError> {
        let storage = &self.storage;
        let url = |field: &'static str, value: &str| {
            Url::parse(value).map_err(|e| invalid(field, format!("{value:?}: {e}")))
        };
        match storage.backend.as_str() {
            "local" | "s3" => {
                url("storage.public_base_url", &storage.public_base_url)?;
            }
            "ipfs" => {
                url("storage.ipfs_api_url", &storage.ipfs_api_url)?;
                if !storage.ipfs_gateway_url.is_empty() {
                    url("storage.ipfs_gateway_url", &storage.ipfs_gateway_url)?;
                }
                if !storage.ipfs_pinning_service_url.is_empty() {
                    url(
                        "storage.ipfs_pinning_service_url",
                        &storage.ipfs_pinning_service_url,
                    )?;
                }
            }
            other => {
                return Err(invalid(
                    "storage.backend",
                    format!("unknown backend {other:?} (expected local, s3 or ipfs)"),
                ));
            }
        }
        if storage.request_timeout_secs == 0 {
            return Err(invalid(
                "storage.request_timeout_secs",
                "must be at least 1",
            ));
        }
        Ok(())
    }

    /// The tiers the page and the MCP tools offer: `web.tiers`, else tier 0 and every tier with
    /// its own image settings; each with its name, model and size.
    pub fn offered_tiers(&self) -> Vec<OfferedTier> {
        let mut tiers: Vec<u8> = if self.web.tiers.is_empty() {
            std::iter::once(0)
                .chain(self.images.tiers.keys().filter_map(|t| t.parse().ok()))
                .collect()
        } else {
            self.web.tiers.clone()
        };
        tiers.sort_unstable();
        tiers.dedup();
        tiers
            .into_iter()
            .map(|tier| {
                let image = self
                    .images
                    .tiers
                    .get(&tier.to_string())
                    .unwrap_or(&self.images.default);
                OfferedTier {
                    tier,
                    name: image.display_name(tier),
                    model: image.model.clone(),
                    size: image.size.clone(),
                }
            })
            .collect()
    }

    pub fn poll_interval(&self) -> Duration {
        Duration::from_millis(self.chain.poll_interval_ms)
    }

    /// `chain.rpc_timeout_secs`, at least one second.
    pub fn rpc_timeout(&self) -> Duration {
        Duration::from_secs(self.chain.rpc_timeout_secs.max(1))
    }

    /// The spool directory: `jobs.spool_dir`, else `genim-spool` beside the database.
    pub fn spool_dir(&self) -> PathBuf {
        self.jobs.spool_dir.clone().unwrap_or_else(|| {
            let parent = self.jobs.database.parent().unwrap_or(Path::new(""));
            parent.join("genim-spool")
        })
    }

    pub fn probe_interval(&self) -> Duration {
        Duration::from_secs(self.health.probe_interval_secs)
    }

    pub fn balance_poll_interval(&self) -> Duration {
        Duration::from_secs(self.health.balance_poll_secs)
    }

    pub fn loop_wedged_after(&self) -> Duration {
        Duration::from_secs(self.health.loop_wedged_secs)
    }
}

impl Config {
    /// The wallet floor of `/health`, in wei.
    pub fn min_agent_balance_wei(&self) -> alloy::primitives::U256 {
        to_wei(self.health.min_agent_balance_eth, 1e18)
    }
}

/// The buyer's web app (`web.rs`): where the built page is, and what its public configuration tells
/// browsers. Nothing here is secret: it is all served to anyone at `GET /api/config`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct WebConfig {
    /// The built page (`npm run build` in `keeper/web`); served at `/`. A missing directory only
    /// makes `/` explain how to build it.
    pub dir: PathBuf,
    /// The JSON-RPC URL browsers read the chain from. Empty: `chain.rpc_url` when it is a loopback
    /// `http://` URL (a local chain), else none and the page reads through the wallet. Never set
    /// it to a URL carrying a provider API key: it is public.
    pub public_rpc_url: String,
    /// The chain's name, shown by wallets when the page asks them to add the chain.
    pub chain_name: String,
    /// The tiers the page offers. Empty: tier 0 and every tier in `[images.tiers]`.
    pub tiers: Vec<u8>,
    /// A transaction's page on a block explorer, `{tx}` replaced by its hash.
    pub explorer_tx_url: String,
    /// A token's page on a marketplace, `{contract}` and `{id}` replaced.
    pub marketplace_token_url: String,
    /// HTTP gateway for `ipfs://` links: `ipfs://CID/path` becomes `<gateway>CID/path`.
    pub ipfs_gateway: String,
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            dir: PathBuf::from("keeper/web/dist"),
            public_rpc_url: String::new(),
            chain_name: String::new(),
            tiers: Vec::new(),
            explorer_tx_url: String::new(),
            marketplace_token_url: String::new(),
            ipfs_gateway: "https://ipfs.io/ipfs/".into(),
        }
    }
}

impl WebConfig {
    fn validate(&self) -> Result<(), ConfigError> {
        let http_url = |field: &'static str, value: &str| {
            let url = Url::parse(value).map_err(|e| invalid(field, format!("{value:?}: {e}")))?;
            if matches!(url.scheme(), "http" | "https") {
                Ok(())
            } else {
                Err(invalid(field, "must be an http(s) URL"))
            }
        };
        if !self.public_rpc_url.is_empty() {
            http_url("web.public_rpc_url", &self.public_rpc_url)?;
        }
        http_url("web.ipfs_gateway", &self.ipfs_gateway)?;
        if !self.ipfs_gateway.ends_with('/') {
            return Err(invalid("web.ipfs_gateway", "must end with /"));
        }
        if !self.explorer_tx_url.is_empty() {
            http_url("web.explorer_tx_url", &self.explorer_tx_url)?;
            if !self.explorer_tx_url.contains("{tx}") {
                return Err(invalid("web.explorer_tx_url", "must contain {tx}"));
            }
        }
        if !self.marketplace_token_url.is_empty() {
            http_url("web.marketplace_token_url", &self.marketplace_token_url)?;
            if !self.marketplace_token_url.contains("{id}") {
                return Err(invalid("web.marketplace_token_url", "must contain {id}"));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> Config {
        let mut config = Config::default();
        config.chain.contract = "0x5FbDB2315678afecb367f032d93F642f64180aa3".into();
        config
    }

    #[test]
    fn the_fee_cap_is_whole_wei_of_the_gwei_setting() {
        let mut submit = SubmitConfig::default();
        assert_eq!(submit.max_fee_per_gas_wei(), 100_000_000_000);
        submit.max_fee_per_gas_gwei = 0.05;
        assert_eq!(submit.max_fee_per_gas_wei(), 50_000_000);
    }

    #[test]
    fn defaults_with_a_contract_are_valid() {
        let v = valid().validate().expect("valid");
        assert_eq!(v.backend, ImageBackendKind::Procedural);
        assert_eq!(v.listen.port(), 8080);
    }

    #[test]
    fn offered_tiers_default_to_tier_0_and_the_configured_image_tiers() {
        let mut config = valid();
        let tiers = |config: &Config| -> Vec<u8> {
            config.offered_tiers().iter().map(|t| t.tier).collect()
        };
        assert_eq!(tiers(&config), vec![0]);
        config.images.tiers.insert(
            "2".into(),
            TierImageConfig {
                name: " premium ".into(),
                model: "flux".into(),
                size: "1024x768".into(),
            },
        );
        assert_eq!(tiers(&config), vec![0, 2]);
        let premium = &config.offered_tiers()[1];
        assert_eq!(
            (
                premium.name.as_str(),
                premium.model.as_str(),
                premium.size.as_str()
            ),
            ("premium", "flux", "1024x768")
        );
        config.web.tiers = vec![3, 1, 3];
        let offered = config.offered_tiers();
        assert_eq!(
            offered.iter().map(|t| t.tier).collect::<Vec<_>>(),
            vec![1, 3]
        );
        // Tiers without their own image settings are named by number and use the default model.
        assert_eq!(offered[0].name, "tier 1");
        assert_eq!(offered[0].model, config.images.default.model);
    }

    #[test]
    fn full_file_parses_with_tier_overrides() {
        let text = r#"
            [chain]
            rpc_url = "https://mainnet.optimism.io"
            contract = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
            confirmations = 3
            [images]
            backend = "openai"
            base_url = "https://openai.inference.de-txl.ionos.com/v1"
            [images.default]
            model = "stabilityai/stable-diffusion-xl-base-1.0"
            size = "1024x1024"
            [images.tiers.1]
            model = "black-forest-labs/FLUX.1-schnell"
            size = "1024x768"
        "#;
        let config: Config = toml::from_str(text).expect("parses");
        config.validate().expect("valid");
        let spec = config.images.spec_for_tier(1).expect("tier 1");
        assert_eq!(spec.model, "black-forest-labs/FLUX.1-schnell");
        assert_eq!((spec.width, spec.height), (1024, 768));
        assert_eq!(config.images.spec_for_tier(7).expect("default").width, 1024);
    }

    #[test]
    fn ipfs_storage_parses_and_validates() {
        let text = r#"
            [chain]
            contract = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
            [storage]
            backend = "ipfs"
            ipfs_api_url = "https://rpc.filebase.io"
            ipfs_gateway_url = "https://ipfs.filebase.io"
            ipfs_pinning_service_url = "https://api.pinata.cloud/psa"
            request_timeout_secs = 30
        "#;
        let config: Config = toml::from_str(text).expect("parses");
        config.validate().expect("valid");
        assert_eq!(config.storage.ipfs_api_url, "https://rpc.filebase.io");
        assert_eq!(config.storage.request_timeout_secs, 30);
    }

    #[test]
    fn a_syntax_error_never_echoes_the_file() {
        const KEY: &str = "Zr8kQ2mX7vT1pL9sW4yB6nD3hJ5gF0aC";
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("keeper.toml");
        let text = format!(
            "[chain]\nrpc_url = \"https://opt-mainnet.example/v2/{KEY}\n[images]\nbackend = \"openai\"\n"
        );
        std::fs::write(&path, text).expect("write config");
        let err = Config::load(Some(&path), &[]).expect_err("syntax error");
        for shown in [err.to_string(), format!("{err:?}"), format!("{err:#}")] {
            assert!(!shown.contains(KEY), "{shown}");
            assert!(!shown.contains("opt-mainnet"), "{shown}");
        }
        let shown = err.to_string();
        assert!(shown.contains(&path.display().to_string()), "{shown}");
        assert!(shown.contains("line 2, column"), "{shown}");
        assert!(shown.contains("(key chain.rpc_url)"), "{shown}");
        assert!(
            std::error::Error::source(&err).is_none(),
            "no toml error quoting the file"
        );
    }

    #[test]
    fn an_invalid_rpc_url_is_shown_without_its_key() {
        let mut config = valid();
        config.chain.rpc_url =
            "https//opt-mainnet.example/v2/Zr8kQ2mX7vT1pL9sW4yB6nD3hJ5gF0aC".into();
        let shown = config.validate().expect_err("invalid URL").to_string();
        assert!(shown.contains("chain.rpc_url"), "{shown}");
        assert!(
            !shown.contains("Zr8kQ2mX7vT1pL9sW4yB6nD3hJ5gF0aC"),
            "{shown}"
        );
    }

    #[test]
    fn unknown_keys_are_rejected() {
        let err = toml::from_str::<Config>("[chain]\nrpc = \"x\"\n").expect_err("unknown key");
        assert!(err.to_string().contains("unknown field"), "{err}");
    }

    type Mutation = Box<dyn Fn(&mut Config)>;

    #[test]
    fn bad_values_get_clear_errors() {
        let cases: Vec<(Mutation, &str)> = vec![
            (
                Box::new(|c| c.chain.rpc_url = "not a url".into()),
                "chain.rpc_url",
            ),
            (
                Box::new(|c| c.chain.rpc_url = "ftp://x".into()),
                "chain.rpc_url",
            ),
            (
                Box::new(|c| c.chain.contract = String::new()),
                "chain.contract",
            ),
            (
                Box::new(|c| c.chain.contract = "0x1234".into()),
                "chain.contract",
            ),
            (
                Box::new(|c| c.images.backend = "dalle".into()),
                "unknown backend",
            ),
            (
                Box::new(|c| {
                    c.images.backend = "openai".into();
                    c.images.base_url = String::new();
                }),
                "images.base_url",
            ),
            (
                Box::new(|c| c.images.default.size = "big".into()),
                "images size",
            ),
            (Box::new(|c| c.jobs.shard_index = 2), "jobs.shard_index"),
            (Box::new(|c| c.submit.batch_size = 0), "submit.batch_size"),
            (
                Box::new(|c| c.storage.backend = "ftp".into()),
                "storage.backend",
            ),
            (
                Box::new(|c| {
                    c.storage.backend = "ipfs".into();
                    c.storage.ipfs_api_url = "not a url".into();
                }),
                "storage.ipfs_api_url",
            ),
            (
                Box::new(|c| c.storage.request_timeout_secs = 0),
                "storage.request_timeout_secs",
            ),
            (
                Box::new(|c| c.http.listen = "localhost".into()),
                "http.listen",
            ),
            (
                Box::new(|c| c.admin.listen = "admin".into()),
                "admin.listen",
            ),
            (
                Box::new(|c| c.admin.listen = c.http.listen.clone()),
                "admin.listen",
            ),
            (
                Box::new(|c| c.health.loop_wedged_secs = 30),
                "health.loop_wedged_secs",
            ),
            (
                Box::new(|c| c.health.balance_poll_secs = 0),
                "health.balance_poll_secs",
            ),
            (
                Box::new(|c| c.web.public_rpc_url = "ws://x".into()),
                "web.public_rpc_url",
            ),
            (
                Box::new(|c| c.web.ipfs_gateway = "https://ipfs.io/ipfs".into()),
                "web.ipfs_gateway",
            ),
            (
                Box::new(|c| c.web.explorer_tx_url = "https://x.example/tx/".into()),
                "web.explorer_tx_url",
            ),
            (
                Box::new(|c| c.web.marketplace_token_url = "https://x.example/a/".into()),
                "web.marketplace_token_url",
            ),
        ];
        for (mutate, expected) in cases {
            let mut config = valid();
            mutate(&mut config);
            let err = config.validate().expect_err(expected).to_string();
            assert!(
                err.contains(expected),
                "{err:?} should mention {expected:?}"
            );
        }
    }

    #[test]
    fn external_url_template_takes_the_token_id() {
        let mut config = valid();
        assert_eq!(config.metadata.external_url_for(3), None);
        config.metadata.external_url = "https://genim.example/t/{id}".into();
        assert_eq!(
            config.metadata.external_url_for(3).as_deref(),
            Some("https://genim.example/t/3")
        );
    }
}
