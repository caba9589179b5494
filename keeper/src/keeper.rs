//! Wires the keeper together: validates the configuration against the chain, then runs the
//! collector (`chain::Scanner`), the strategy and image executor (`pipeline::Pipeline`), the
//! transaction executor (`submit::Submitter`) and the HTTP server until shutdown.

use crate::redact::Secret;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use alloy::network::EthereumWallet;
use alloy::primitives::Address;
use alloy::providers::{DynProvider, Provider};
use alloy::signers::local::{LocalSignerError, PrivateKeySigner};
use eth_keystore::KeystoreError;
use genimnft_bindings::gen_im_nft::GenImNFT::{self, GenImNFTInstance};
use tokio::net::TcpListener;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::chain::contract::{self, AgentMark, Successor};
use crate::chain::price_feed::PriceFeed;
use crate::chain::rpc;
use crate::config::{
    AGENT_KEY_ENV, Config, ConfigError, ImageBackendKind, KEYSTORE_PASSWORD_ENV, RELAY_KEY_ENV,
    Validated,
};
use crate::images::{
    BflBackend, BflConfig, FailureScope, ImageBackend, ImageMemory, OpenAiBackend, OpenAiConfig,
    ProceduralBackend,
};
use crate::jobs::JobStore;
use crate::jobs::lock::InstanceLock;
use crate::jobs::spool::Spool;
use crate::metrics::Metrics;
use crate::pauses::{Health, HealthThresholds};
use crate::preflight::{self, PreflightError};
use crate::redact;
use crate::secret_files;
use crate::serve::ops::{self, AppState};
use crate::serve::rate::RateLimiter;
use crate::serve::relay::RelayApi;
use crate::serve::web::WebState;
use crate::stages::collect::{self, Scanner};
use crate::stages::deliver::Submitter;
use crate::stages::produce::Pipeline;
use crate::stages::relay::Relayer;
use crate::storage::{Storage, StorageKind};

/// Failures that stop the keeper before it does any work: bad configuration or a chain that does
/// not match it. The binary exits with status 2 on these.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("no agent key: set {AGENT_KEY_ENV} or agent.keystore")]
    MissingKey,
    #[error("invalid {AGENT_KEY_ENV}: not a 32-byte hex private key")]
    BadKey,
    #[error("cannot read agent keystore {path}: {reason}")]
    Keystore { path: String, reason: String },
    #[error("wrong keystore password for {path} (it does not decrypt the keystore)")]
    WrongKeystorePassword { path: String },
    #[error(
        "both agent.keystore and {AGENT_KEY_ENV} are set: keep one, so that it is clear which key \
         the keeper signs with"
    )]
    KeyConflict,
    #[error("RPC {url} is not reachable: {reason}")]
    RpcUnreachable { url: String, reason: String },
    #[error("no contract code at {address} on chain {chain_id}")]
    NoContract { address: Address, chain_id: u64 },
    #[error(
        "agent {agent} is not authorized on contract {contract} (the owner must call setAgent)"
    )]
    NotAuthorized { agent: Address, contract: Address },
    #[error("invalid {RELAY_KEY_ENV}: not a 32-byte hex private key")]
    BadRelayKey,
    #[error(
        "{RELAY_KEY_ENV} is the agent's own key: give the relayer a key of its own (the agent's \
         nonces belong to deliveries)"
    )]
    RelayKeyIsAgentKey,
    #[error("image backend: {0}")]
    ImageBackend(String),
    #[error("the image API refused the key in {env} (images.api_key_env): {reason}")]
    ImageKeyRejected { env: String, reason: String },
    #[error("{env} is not set (images.api_key_env) and the image API wants a key: {reason}")]
    ImageKeyMissing { env: String, reason: String },
    #[error("storage: {0}")]
    Storage(String),
    #[error("job store: {0}")]
    Store(String),
    #[error("cannot listen on {listen}: {reason}")]
    Listen { listen: String, reason: String },
    #[error("checking the contract: {0}")]
    Contract(String),
    #[error("{what} and the keeper cannot value dollars against gas: {reason}")]
    NoEthUsdRate { what: String, reason: String },
    /// Boxed: by far the largest variant.
    #[error(transparent)]
    Preflight(Box<PreflightError>),
}

impl From<PreflightError> for StartupError {
    fn from(error: PreflightError) -> Self {
        Self::Preflight(Box::new(error))
    }
}

/// A keeper that passed its start-up checks, ready to run.
pub struct Keeper {
    config: Config,
    provider: DynProvider,
    nft: GenImNFTInstance<DynProvider>,
    signer: PrivateKeySigner,
    chain_id: u64,
    store: Arc<JobStore>,
    storage: Arc<Storage>,
    spool: Spool,
    agent_mark: Arc<AgentMark>,
    successor: Option<Arc<Successor>>,
    prices: Arc<PriceFeed>,
    /// The relayer's key and the USDC it relays, when this keeper relays USDC mints.
    relay: Option<RelaySetup>,
    backend: Arc<dyn ImageBackend>,
    listener: TcpListener,
    admin_listener: TcpListener,
    metrics: Metrics,
    /// Held until `run` returns: no second keeper on this database meanwhile.
    _instance: InstanceLock,
}

impl Keeper {
    /// Validates everything that can fail at start-up, in order of cost: configuration, key,
    /// storage, database, RPC, contract code, agent authorization, storage against the
    /// contract (`preflight`), the image API key, and the HTTP port.
    pub async fn start(config: Config) -> Result<Self, StartupError> {
        let validated = config.validate()?;
        let signer = load_agent_signer(&config)?;
        let backend = image_backend(&config, validated.backend)?;
        let storage = Arc::new(storage(&config)?);
        let spool = Spool::open(config.spool_dir())
            .map_err(|e| StartupError::Storage(format!("jobs.spool_dir: {e}")))?;
        let instance = InstanceLock::acquire(&config.jobs.database)
            .map_err(|e| StartupError::Store(e.to_string()))?;
        let store = Arc::new(
            JobStore::open(&config.jobs.database)
                .map_err(|e| StartupError::Store(e.to_string()))?,
        );
        let metrics = Metrics::new();
        let provider = rpc::provider(
            validated.rpc_url.clone(),
            metrics.rpc_requests.clone(),
            config.rpc_timeout(),
        );
        let chain_id = check_chain(&provider, &validated).await?;
        let local = preflight::is_local_chain(chain_id, config.chain.local);
        if let Some(warning) = start_block_warning(config.chain.start_block, chain_id, local) {
            tracing::warn!("{warning}");
        }
        let nft = GenImNFT::new(validated.contract, provider.clone());
        let agent_mark =
            Arc::new(check_agent(&provider, &nft, signer.address(), validated.contract).await?);
        let successor = match validated.drain_to {
            Some(agent) if agent == signer.address() => {
                return Err(ConfigError::Invalid {
                    field: "jobs.drain_to",
                    problem: "is this keeper's own agent: name the new agent's address".into(),
                }
                .into());
            }
            Some(agent) => Some(Arc::new(read_successor(&provider, &nft, agent).await?)),
            None => None,
        };
        let prices = Arc::new(PriceFeed::new(
            provider.clone(),
            validated.eth_usd_feed,
            validated.usd_per_eth_fallback,
            config.prices.max_feed_age_secs,
            Duration::from_secs(config.prices.refresh_secs),
        ));
        check_dollars_can_be_valued(&nft, &prices, config.submit.image_cost_usd).await?;
        let relay = relay_setup(&config, &nft, signer.address()).await?;
        probe_image_api(backend.as_ref(), &config.images.api_key_env).await?;
        preflight::run(&storage, &nft, chain_id, config.chain.local).await?;
        let listener =
            TcpListener::bind(validated.listen)
                .await
                .map_err(|e| StartupError::Listen {
                    listen: validated.listen.to_string(),
                    reason: e.to_string(),
                })?;
        let admin_listener = TcpListener::bind(validated.admin_listen)
            .await
            .map_err(|e| StartupError::Listen {
                listen: validated.admin_listen.to_string(),
                reason: e.to_string(),
            })?;
        Ok(Self {
            config,
            provider,
            nft,
            signer,
            chain_id,
            store,
            storage,
            spool,
            agent_mark,
            successor,
            prices,
            relay,
            backend,
            listener,
            admin_listener,
            metrics,
            _instance: instance,
        })
    }

    /// Runs until `shutdown` is cancelled, then stops taking work, lets in-flight steps finish or
    /// park (they resume on the next start) and returns.
    pub async fn run(self, shutdown: CancellationToken) -> std::io::Result<()> {
        let recovery = self
            .store
            .recover_after_restart()
            .map_err(std::io::Error::other)?;
        tracing::info!(
            agent = %self.signer.address(),
            contract = %self.nft.address(),
            chain_id = self.chain_id,
            listen = %self.listener.local_addr()?,
            admin_listen = %self.admin_listener.local_addr()?,
            requeued = recovery.generating_requeued,
            spooled_images = recovery.image_spooled,
            resumed_images = recovery.image_stored,
            ready = recovery.metadata_stored,
            in_flight_txs = recovery.submitted,
            "keeper started"
        );
        let poll_interval = self.config.poll_interval();
        let round_timeout = self.config.rpc_timeout() * rpc::CALLS_PER_ROUND_BOUND;
        let new_jobs = Arc::new(Notify::new());
        let ready = Arc::new(Notify::new());
        let health = Arc::new(Health::new(
            HealthThresholds {
                scanner_stall_after: poll_interval * self.config.health.scanner_stall_polls,
                submit_failure_rounds: self.config.health.submit_failure_rounds,
                min_agent_balance: self.config.min_agent_balance_wei(),
                loop_wedged_after: self.config.loop_wedged_after(),
            },
            self.metrics.clone(),
        ));

        let scanner = Scanner {
            provider: self.provider.clone(),
            contract: *self.nft.address(),
            store: Arc::clone(&self.store),
            metrics: self.metrics.clone(),
            health: Arc::clone(&health),
            agent: self.signer.address(),
            agent_mark: Arc::clone(&self.agent_mark),
            successor: self.successor.clone(),
            expected_base_uri: preflight::expected_metadata_base_uri(&self.storage),
            start_block: self.config.chain.start_block,
            confirmations: self.config.chain.confirmations,
            max_log_range: self.config.chain.max_log_range,
            poll_interval,
            round_timeout,
            new_jobs: Arc::clone(&new_jobs),
        };
        let pipeline = Arc::new(Pipeline {
            store: Arc::clone(&self.store),
            nft: self.nft.clone(),
            backend: Arc::clone(&self.backend),
            storage: Arc::clone(&self.storage),
            spool: self.spool.clone(),
            images: self.config.images.clone(),
            jobs: self.config.jobs.clone(),
            metadata: self.config.metadata.clone(),
            metrics: self.metrics.clone(),
            health: Arc::clone(&health),
            agent_mark: Arc::clone(&self.agent_mark),
            successor: self.successor.clone(),
            poll_interval,
            probe_interval: self.config.probe_interval(),
            new_jobs,
            ready: Arc::clone(&ready),
            first_seen: Default::default(),
            outage: Default::default(),
            upload_memory: ImageMemory::new(self.config.jobs.images_in_memory),
        });
        let submitter = Submitter {
            provider: self.provider.clone(),
            nft: self.nft.clone(),
            wallet: EthereumWallet::from(self.signer.clone()),
            agent: self.signer.address(),
            chain_id: self.chain_id,
            store: Arc::clone(&self.store),
            config: self.config.submit.clone(),
            fee_cap_wei: self.config.submit.max_fee_per_gas_wei(),
            metrics: self.metrics.clone(),
            health: Arc::clone(&health),
            agent_mark: Arc::clone(&self.agent_mark),
            prices: Arc::clone(&self.prices),
            auto_refund_max_gas_share: self
                .config
                .jobs
                .auto_refund
                .then_some(self.config.jobs.auto_refund_max_gas_share),
            poll_interval,
            round_timeout,
            ready,
        };
        let (relay_api, relayer) = match &self.relay {
            Some(setup) => {
                let wake = Arc::new(Notify::new());
                let api = Arc::new(RelayApi {
                    store: Arc::clone(&self.store),
                    nft: self.nft.clone(),
                    usdc: setup.usdc,
                    relayer: setup.signer.address(),
                    chain_id: self.chain_id,
                    max_prompt_bytes: setup.max_prompt_bytes,
                    config: self.config.relay.clone(),
                    health: Arc::clone(&health),
                    metrics: self.metrics.clone(),
                    rate: RateLimiter::new(
                        self.config.relay.requests_per_second,
                        self.config.relay.burst,
                    ),
                    wake: Arc::clone(&wake),
                });
                let relayer = Relayer {
                    provider: self.provider.clone(),
                    wallet: EthereumWallet::from(setup.signer.clone()),
                    address: setup.signer.address(),
                    chain_id: self.chain_id,
                    nft: self.nft.clone(),
                    store: Arc::clone(&self.store),
                    config: self.config.relay.clone(),
                    prices: Arc::clone(&self.prices),
                    health: Arc::clone(&health),
                    metrics: self.metrics.clone(),
                    poll_interval,
                    round_timeout,
                    resend_after: Duration::from_secs(self.config.submit.resend_after_secs),
                    wake,
                };
                (Some(api), Some(relayer))
            }
            None => (None, None),
        };
        let state = AppState {
            store: Arc::clone(&self.store),
            storage: Arc::clone(&self.storage),
            metrics: self.metrics.clone(),
            health,
            serve_files: self.storage.kind() != StorageKind::ObjectStore,
            web: Some(Arc::new(WebState::new(
                &self.config,
                self.nft.clone(),
                self.chain_id,
                Arc::clone(&self.store),
                Arc::clone(&self.prices),
                relay_api.clone(),
            ))),
            queue_watch: Arc::default(),
            mcp: self.config.mcp.enabled.then(|| {
                crate::mcp::router(
                    Arc::new(crate::mcp::McpState::new(
                        &self.config,
                        self.nft.clone(),
                        self.chain_id,
                        Arc::clone(&self.store),
                        Arc::clone(&self.storage),
                        relay_api.clone(),
                    )),
                    shutdown.clone(),
                )
            }),
        };
        let balance_poll = poll_balance(
            self.provider.clone(),
            self.signer.address(),
            Arc::clone(&state.health),
            self.config.balance_poll_interval(),
        );

        let mut tasks = tokio::task::JoinSet::new();
        if let Some(relayer) = relayer {
            tasks.spawn(relayer.run(shutdown.clone()));
        }
        tasks.spawn(scanner.run(shutdown.clone()));
        tasks.spawn(pipeline.run(shutdown.clone()));
        tasks.spawn(submitter.run(shutdown.clone()));
        // Raised here, before any connection: a default soft limit of 1024 is soon reached.
        let open_file_limit = crate::serve::limits::raise_open_file_limit();
        let limits = self.config.http.serve_limits(open_file_limit);
        tracing::info!(
            open_file_limit,
            max_connections = limits.max_connections,
            "HTTP limits"
        );
        let balance_poll = tokio::spawn(until(shutdown.clone(), balance_poll));
        let admin = tokio::spawn(ops::serve(
            self.admin_listener,
            ops::admin_router(state.clone()),
            limits,
            shutdown.clone(),
        ));
        let http = tokio::spawn(ops::serve(
            self.listener,
            ops::public_router(state),
            limits,
            shutdown.clone(),
        ));
        while tasks.join_next().await.is_some() {}
        shutdown.cancel();
        balance_poll.await.map_err(std::io::Error::other)?;
        admin.await.map_err(std::io::Error::other)??;
        http.await.map_err(std::io::Error::other)??;
        tracing::info!("keeper stopped");
        Ok(())
    }
}

/// Runs `work` until `shutdown`.
async fn until(shutdown: CancellationToken, work: impl std::future::Future<Output = ()>) {
    tokio::select! {
        () = shutdown.cancelled() => {}
        () = work => {}
    }
}

/// Reads the agent's balance every `interval`, so the balance metric and the floor of `/ready`
/// stay fresh while nothing is delivered (the submitter reads it only before a fulfil). A failed
/// read keeps the last value; the scanner reports an RPC outage.
async fn poll_balance(
    provider: DynProvider,
    agent: Address,
    health: Arc<Health>,
    interval: std::time::Duration,
) {
    let mut ticks = tokio::time::interval(interval);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        match provider.get_balance(agent).await {
            Ok(balance) => health.set_agent_balance(balance),
            Err(error) => tracing::debug!(%error, "balance poll failed"),
        }
    }
}

/// The agent key from a `cast wallet` keystore, else from `GENIM_AGENT_KEY`. Never logged.
pub fn load_agent_signer(config: &Config) -> Result<PrivateKeySigner, StartupError> {
    if let Some(keystore) = &config.agent.keystore {
        if std::env::var_os(AGENT_KEY_ENV).is_some_and(|key| !key.is_empty()) {
            return Err(StartupError::KeyConflict);
        }
        secret_files::warn_if_exposed(keystore, "keystore");
        if let Some(password_file) = &config.agent.password_file {
            secret_files::warn_if_exposed(password_file, "password file");
        }
        let password = keystore_password(config.agent.password_file.as_deref())?;
        return PrivateKeySigner::decrypt_keystore(keystore, password)
            .map_err(|error| keystore_error(keystore, error));
    }
    let key = std::env::var(AGENT_KEY_ENV).map_err(|_| StartupError::MissingKey)?;
    key.trim().parse().map_err(|_| StartupError::BadKey)
}

/// A keystore that did not open, in words: a wrong password is the usual cause and its library
/// error ("Mac Mismatch") names it only to a cryptographer.
fn keystore_error(keystore: &Path, error: LocalSignerError) -> StartupError {
    let path = keystore.display().to_string();
    let reason = match error {
        LocalSignerError::EthKeystoreError(KeystoreError::MacMismatch) => {
            return StartupError::WrongKeystorePassword { path };
        }
        LocalSignerError::EthKeystoreError(KeystoreError::SerdeJson(_)) => {
            "not a keystore file (Web3 secret storage JSON, as `cast wallet import` writes)".into()
        }
        other => other.to_string(),
    };
    StartupError::Keystore { path, reason }
}

fn keystore_password(password_file: Option<&Path>) -> Result<String, StartupError> {
    let password = match password_file {
        Some(path) => std::fs::read_to_string(path)
            .map(|p| p.trim_end_matches(['\r', '\n']).to_owned())
            .map_err(|e| StartupError::Keystore {
                path: path.display().to_string(),
                reason: format!("password file: {e}"),
            }),
        None => std::env::var(KEYSTORE_PASSWORD_ENV).map_err(|_| StartupError::Keystore {
            path: "(password)".into(),
            reason: format!("set {KEYSTORE_PASSWORD_ENV} or agent.password_file"),
        }),
    }?;
    redact::global().add(&password);
    Ok(password)
}

/// Proves the image API key with the backend's free probe. A refused key (or an empty account)
/// stops the start with a one-line reason; an unreachable provider only warns, since the
/// pipeline pauses and probes again by itself.
async fn probe_image_api(backend: &dyn ImageBackend, key_env: &str) -> Result<(), StartupError> {
    match backend.probe().await {
        Ok(()) => {
            tracing::info!(backend = backend.name(), "image API key accepted");
            Ok(())
        }
        Err(error) if error.scope() == FailureScope::ProviderAccount => {
            let env = key_env.to_owned();
            let reason = error.to_string();
            Err(if image_api_key(key_env).is_some() {
                StartupError::ImageKeyRejected { env, reason }
            } else {
                StartupError::ImageKeyMissing { env, reason }
            })
        }
        Err(error) => {
            tracing::warn!(
                backend = backend.name(),
                %error,
                "cannot check the image API key now; starting anyway"
            );
            Ok(())
        }
    }
}

/// On a real network `start_block = 0` means scanning the whole chain's history (and paying the
/// RPC provider for it) before the first token; set it to the contract's deployment block.
pub fn start_block_warning(start_block: u64, chain_id: u64, local: bool) -> Option<String> {
    (start_block == 0 && !local).then(|| {
        format!(
            "chain.start_block is 0 on chain {chain_id}: the first scan reads every block since \
             genesis; set it to the contract's deployment block"
        )
    })
}

/// The image API key from `key_env`; an empty variable counts as unset.
fn image_api_key(key_env: &str) -> Option<Secret> {
    std::env::var(key_env)
        .ok()
        .filter(|k| !k.is_empty())
        .map(Secret::new)
}

fn image_backend(
    config: &Config,
    kind: ImageBackendKind,
) -> Result<Arc<dyn ImageBackend>, StartupError> {
    let images = &config.images;
    let api_key = image_api_key(&images.api_key_env);
    let timeout = Duration::from_secs(images.request_timeout_secs);
    let memory = ImageMemory::new(config.jobs.images_in_memory);
    Ok(match kind {
        ImageBackendKind::Procedural => Arc::new(ProceduralBackend::new()),
        ImageBackendKind::OpenAi => {
            let mut backend = OpenAiConfig::new(images.base_url.clone(), api_key);
            backend.request_timeout = timeout;
            backend.memory = memory;
            backend.allow_insecure_hosts = images.allow_insecure_hosts.clone();
            Arc::new(
                OpenAiBackend::new(backend)
                    .map_err(|e| StartupError::ImageBackend(e.to_string()))?,
            )
        }
        ImageBackendKind::Bfl => {
            let key = api_key.ok_or_else(|| {
                StartupError::ImageBackend(format!(
                    "the bfl backend needs an API key in {}",
                    images.api_key_env
                ))
            })?;
            let mut backend = BflConfig::new(images.base_url.clone(), key);
            backend.request_timeout = timeout;
            backend.memory = memory;
            backend.generation_timeout = timeout;
            backend.allow_insecure_hosts = images.allow_insecure_hosts.clone();
            backend.poll_interval = Duration::from_millis(images.poll_interval_ms);
            Arc::new(
                BflBackend::new(backend).map_err(|e| StartupError::ImageBackend(e.to_string()))?,
            )
        }
    })
}

fn storage(config: &Config) -> Result<Storage, StartupError> {
    Storage::from_config(&config.storage)
        .map_err(|e| StartupError::Storage(crate::redact::error_line(&e.to_string())))
}

async fn check_chain(provider: &DynProvider, validated: &Validated) -> Result<u64, StartupError> {
    let unreachable = |e: alloy::transports::TransportError| StartupError::RpcUnreachable {
        url: redact::redact_url(&validated.rpc_url),
        reason: redact::redact_urls(&e.to_string()),
    };
    let chain_id = provider.get_chain_id().await.map_err(unreachable)?;
    let code = provider
        .get_code_at(validated.contract)
        .await
        .map_err(unreachable)?;
    if code.is_empty() {
        return Err(StartupError::NoContract {
            address: validated.contract,
            chain_id,
        });
    }
    Ok(chain_id)
}

/// The agent's mark: the first token id it may deliver, as of the current block.
async fn check_agent(
    provider: &DynProvider,
    nft: &GenImNFTInstance<DynProvider>,
    agent: Address,
    contract: Address,
) -> Result<AgentMark, StartupError> {
    let block = provider
        .get_block_number()
        .await
        .map_err(|e| StartupError::Contract(e.to_string()))?;
    match contract::agent_first_token_id(nft, agent).await {
        Ok(0) => Err(StartupError::NotAuthorized { agent, contract }),
        Ok(first) => Ok(AgentMark::new(first, block)),
        Err(e) => Err(StartupError::Contract(e.to_string())),
    }
}

/// The successor of a draining keeper, as the chain knows it now (not authorized yet: mark 0).
async fn read_successor(
    provider: &DynProvider,
    nft: &GenImNFTInstance<DynProvider>,
    agent: Address,
) -> Result<Successor, StartupError> {
    let block = provider
        .get_block_number()
        .await
        .map_err(|e| StartupError::Contract(e.to_string()))?;
    let first = contract::agent_first_token_id(nft, agent)
        .await
        .map_err(|e| StartupError::Contract(e.to_string()))?;
    let successor = Successor {
        agent,
        mark: AgentMark::new(first, block),
    };
    collect::log_succession(&successor);
    Ok(successor)
}

/// The relayer's key (`GENIM_RELAY_KEY`), the contract's USDC and its prompt limit.
struct RelaySetup {
    signer: PrivateKeySigner,
    usdc: Address,
    max_prompt_bytes: u64,
}

/// The relay runs when `GENIM_RELAY_KEY` is set, `relay.enabled` and the contract takes USDC. The
/// relayer must not be the agent: their nonces would race.
async fn relay_setup(
    config: &Config,
    nft: &GenImNFTInstance<DynProvider>,
    agent: Address,
) -> Result<Option<RelaySetup>, StartupError> {
    let Some(key) = std::env::var(RELAY_KEY_ENV)
        .ok()
        .filter(|k| !k.trim().is_empty())
    else {
        return Ok(None);
    };
    if !config.relay.enabled {
        tracing::info!("relay.enabled is false: USDC mints are not relayed");
        return Ok(None);
    }
    let signer: PrivateKeySigner = key.trim().parse().map_err(|_| StartupError::BadRelayKey)?;
    if signer.address() == agent {
        return Err(StartupError::RelayKeyIsAgentKey);
    }
    let contract_error =
        |e: alloy::contract::Error| StartupError::Contract(redact::redact_urls(&e.to_string()));
    let usdc = nft.usdc().call().await.map_err(contract_error)?;
    if usdc.is_zero() {
        tracing::warn!("{RELAY_KEY_ENV} is set but the contract takes no USDC: nothing to relay");
        return Ok(None);
    }
    let max_prompt_bytes = nft
        .MAX_PROMPT_BYTES()
        .call()
        .await
        .map_err(contract_error)?;
    tracing::info!(relayer = %signer.address(), %usdc, "relaying USDC mints");
    Ok(Some(RelaySetup {
        signer,
        usdc,
        max_prompt_bytes: u64::try_from(max_prompt_bytes).unwrap_or(u64::MAX),
    }))
}

/// A contract that takes USDC, or images with a dollar cost, need an ETH/USD rate, or the delivery
/// guard could not compare them with gas: the feed must answer now, or a fallback rate be set.
async fn check_dollars_can_be_valued(
    nft: &GenImNFTInstance<DynProvider>,
    prices: &PriceFeed,
    image_cost_usd: f64,
) -> Result<(), StartupError> {
    let usdc = nft
        .usdc()
        .call()
        .await
        .map_err(|e| StartupError::Contract(redact::redact_urls(&e.to_string())))?;
    let what = if !usdc.is_zero() {
        format!("the contract takes USDC ({usdc})")
    } else if image_cost_usd > 0.0 {
        format!("submit.image_cost_usd is {image_cost_usd}")
    } else {
        return Ok(());
    };
    let rate = prices
        .rate()
        .await
        .map_err(|error| StartupError::NoEthUsdRate {
            what,
            reason: error.to_string(),
        })?;
    tracing::info!(usd_per_eth = rate.usd_per_eth.as_dollars(), source = ?rate.source, "ETH/USD rate");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::address;
    use std::path::PathBuf;

    /// Written by `cast wallet import --unsafe-password test-password` for Anvil's public test key 1.
    fn fixture_keystore() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anvil-1.keystore.json")
    }

    #[test]
    fn agent_key_loads_from_a_cast_keystore_with_a_password_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let password_file = dir.path().join("password");
        std::fs::write(&password_file, "test-password\n").expect("write password");
        let mut config = Config::default();
        config.agent.keystore = Some(fixture_keystore());
        config.agent.password_file = Some(password_file);
        let signer = load_agent_signer(&config).expect("decrypts");
        assert_eq!(
            signer.address(),
            address!("70997970C51812dc3A010C7d01b50e0d17dc79C8")
        );
    }

    #[test]
    fn start_block_zero_is_only_fine_on_local_chains() {
        let warn = |start, chain_id| {
            start_block_warning(start, chain_id, preflight::is_local_chain(chain_id, false))
        };
        assert_eq!(warn(0, 31337), None);
        assert_eq!(warn(0, 1337), None);
        assert_eq!(warn(120_000_000, 10), None);
        // A rehearsal of Optimism on a local node is Optimism unless declared local.
        assert_eq!(start_block_warning(0, 10, true), None);
        let warning = warn(0, 10).expect("Optimism from genesis");
        assert!(
            warning.contains("chain.start_block is 0 on chain 10"),
            "{warning}"
        );
    }

    #[test]
    fn a_wrong_keystore_password_is_a_clear_startup_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let password_file = dir.path().join("password");
        std::fs::write(&password_file, "not-the-password").expect("write password");
        let mut config = Config::default();
        config.agent.keystore = Some(fixture_keystore());
        config.agent.password_file = Some(password_file);
        let error = load_agent_signer(&config).expect_err("wrong password");
        assert!(
            matches!(error, StartupError::WrongKeystorePassword { .. }),
            "{error}"
        );
        let text = error.to_string();
        assert!(text.contains("wrong keystore password"), "{text}");
        assert!(text.contains("anvil-1.keystore.json"), "{text}");
        assert!(!text.contains("Mac Mismatch"), "{text}");
    }
}
