//! `genim`: the GenImNFT keeper and its user-side helpers.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use genim_keeper::config::{AGENT_KEY_ENV, Config, KEYSTORE_PASSWORD_ENV, RELAY_KEY_ENV};
use genim_keeper::keeper::StartupError;
use genim_keeper::{cli, redact};

#[derive(Parser)]
#[command(
    name = "genim",
    version,
    about = "GenImNFT keeper: delivers paid AI images on chain"
)]
struct Cli {
    /// TOML configuration file (see keeper/docs/INTERFACE.md).
    #[arg(long, short, env = "GENIM_CONFIG", global = true)]
    config: Option<PathBuf>,
    /// Log format.
    #[arg(long, value_enum, default_value_t = LogFormat::Human, env = "GENIM_LOG_FORMAT", global = true)]
    log_format: LogFormat,
    /// JSON-RPC endpoint (overrides chain.rpc_url).
    #[arg(long, env = "GENIM_RPC_URL", global = true)]
    rpc_url: Option<String>,
    /// GenImNFT contract address (overrides chain.contract).
    #[arg(long, env = "GENIM_CONTRACT", global = true)]
    contract: Option<String>,
    /// SQLite job database (overrides jobs.database).
    #[arg(long, env = "GENIM_DATABASE", global = true)]
    database: Option<PathBuf>,
    /// HTTP listen address (overrides http.listen).
    #[arg(long, env = "GENIM_HTTP_LISTEN", global = true)]
    http_listen: Option<String>,
    /// Admin listen address for /metrics, /health, /live, /ready (overrides admin.listen).
    #[arg(long, env = "GENIM_ADMIN_LISTEN", global = true)]
    admin_listen: Option<String>,
    /// Image backend: procedural, openai or bfl (overrides images.backend).
    #[arg(long, env = "GENIM_IMAGE_BACKEND", global = true)]
    image_backend: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the keeper until SIGINT or SIGTERM.
    Run,
    /// Pending, delivered and refunded counts from the chain, and job states from the database.
    Status {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Mint a token with a prompt (key from GENIM_MINTER_KEY), in ETH or with --usdc by signature,
    /// and wait for its image.
    Mint {
        #[arg(long)]
        prompt: String,
        #[arg(long, default_value_t = 0)]
        tier: u8,
        /// How long to wait for delivery; 0 returns right after minting (with --usdc: once the
        /// keeper has accepted the payment).
        #[arg(long, default_value_t = 300)]
        wait_secs: u64,
        /// Pay the tier's USDC price by signature instead (EIP-3009): a keeper relays the mint and
        /// fronts its gas, so the key needs dollars and no ETH.
        #[arg(long)]
        usdc: bool,
        /// The keeper that relays a --usdc mint (default: this configuration's own http.listen).
        #[arg(long, requires = "usdc")]
        relay: Option<url::Url>,
    },
    /// Move the agent's earnings out: the running keeper sends everything above --keep to --to at
    /// its own nonce (never send from the agent's address with another wallet while it runs).
    Sweep {
        /// Address that receives the earnings.
        #[arg(long)]
        to: alloy::primitives::Address,
        /// What the agent keeps: ETH (for gas), or dollars with --usdc.
        #[arg(long)]
        keep: f64,
        /// Sweep the agent's USDC (earned by USDC tokens) instead of its ETH.
        #[arg(long)]
        usdc: bool,
        /// How long to wait for the transfer to be mined.
        #[arg(long, default_value_t = 120)]
        wait_secs: u64,
    },
    /// Check that every delivered token still resolves (tokenURI, metadata hash, image); exits 1
    /// when one does not. For cron.
    Verify {
        /// Publish files that no longer resolve again from the keeper's copies (ipfs: add, pin).
        #[arg(long)]
        repair: bool,
        /// Gateway for ipfs:// links (default: storage.ipfs_gateway_url), e.g. https://ipfs.io.
        #[arg(long)]
        gateway: Option<String>,
        /// Also write the outcome for node_exporter's textfile collector (*.prom).
        #[arg(long)]
        metrics_file: Option<PathBuf>,
    },
    /// Serve a keeper's MCP tools on stdin/stdout, for MCP clients that only start local
    /// processes: a bridge to <keeper>/mcp (needs no configuration).
    Mcp {
        /// The keeper's public URL (or its /mcp URL), e.g. https://keeper.example.
        #[arg(long, env = "GENIM_MCP_KEEPER")]
        keeper: String,
    },
    /// Add the built web page to IPFS (storage.backend = "ipfs": its node, auth and pinning
    /// service) as one directory, and print its CID and gateway URLs. Needs no keeper running.
    PublishWeb {
        /// The page build (`npm run build` in keeper/web).
        #[arg(long, default_value = "keeper/web/dist")]
        dir: PathBuf,
        /// More gateways to print URLs for (besides storage.ipfs_gateway_url), e.g. https://ipfs.io.
        #[arg(long)]
        gateway: Vec<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum LogFormat {
    Human,
    Json,
}

/// Image answers are megabyte buffers, allocated and freed by many threads at once. After each
/// such free glibc raises its mmap threshold (up to 32 MiB), so later buffers come from per-thread
/// heaps that keep their memory: peak RSS then grows with the bursts. A fixed threshold keeps every
/// buffer above 128 KiB in its own mapping, given back when freed (`genim-bench --realistic`, 256
/// answers landing together: 229 MB peak RSS without, 76 MB with).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn return_large_buffers_to_the_system() {
    // SAFETY: mallopt only tunes the allocator, and runs before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn return_large_buffers_to_the_system() {}

fn main() -> ExitCode {
    return_large_buffers_to_the_system();
    let cli = Cli::parse();
    register_env_secrets();
    if let Some(url) = &cli.rpc_url {
        redact::global().add_url(url);
    }
    if let Command::Mint {
        relay: Some(url), ..
    } = &cli.command
    {
        // A relaying keeper behind a proxy may take credentials in its URL.
        redact::global().add_url(url.as_str());
    }
    init_tracing(cli.log_format);
    if let Command::Mcp { keeper } = &cli.command {
        // A bridge for a local MCP client: no configuration, no keys; credentials a keeper URL
        // may carry are never logged.
        redact::global().add_url(keeper);
        return run_async(genim_keeper::mcp::stdio::run(keeper));
    }
    let config = match load_config(&cli) {
        Ok(config) => config,
        Err(error) => return fail(&error.into()),
    };
    register_config_secrets(&config);
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async move {
        match cli.command {
            Command::Run => cli::run(config).await,
            Command::Status { json } => cli::status(config, json).await,
            Command::Mint {
                prompt,
                tier,
                wait_secs,
                usdc: false,
                ..
            } => cli::mint(config, &prompt, tier, wait_secs).await,
            Command::Mint {
                prompt,
                tier,
                wait_secs,
                usdc: true,
                relay,
            } => cli::mint_usdc(config, &prompt, tier, wait_secs, relay).await,
            Command::Sweep {
                to,
                keep,
                usdc,
                wait_secs,
            } => cli::sweep(config, to, keep, usdc, wait_secs).await,
            Command::Verify {
                repair,
                gateway,
                metrics_file,
            } => cli::verify(config, repair, gateway, metrics_file).await,
            Command::PublishWeb { dir, gateway } => cli::publish_web(config, &dir, &gateway).await,
            // Served above, before any configuration is loaded; the same call all the same.
            Command::Mcp { keeper } => genim_keeper::mcp::stdio::run(&keeper)
                .await
                .map_err(eyre::Report::new),
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => fail(&error),
    }
}

/// Runs a command that needs no configuration on its own runtime.
fn run_async<E: std::error::Error + Send + Sync + 'static>(
    command: impl std::future::Future<Output = Result<(), E>>,
) -> ExitCode {
    match tokio::runtime::Runtime::new() {
        Ok(runtime) => match runtime.block_on(command) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => fail(&eyre::Report::new(error)),
        },
        Err(error) => {
            eprintln!("error: cannot start the async runtime: {error}");
            ExitCode::FAILURE
        }
    }
}

/// One line on stderr, scrubbed of secrets; status 2 for start-up problems (configuration, key,
/// chain, image API key), 1 otherwise.
fn fail(error: &eyre::Report) -> ExitCode {
    eprintln!("error: {}", redact::scrub(&format!("{error:#}")));
    if error.downcast_ref::<StartupError>().is_some() {
        ExitCode::from(2)
    } else {
        ExitCode::FAILURE
    }
}

fn load_config(cli: &Cli) -> Result<Config, StartupError> {
    // The command line's own variables (GENIM_HTTP_LISTEN, ...) set keys with one underscore.
    let command = Cli::command();
    let flag_env: Vec<&str> = command
        .get_arguments()
        .filter_map(|arg| arg.get_env()?.to_str())
        .collect();
    let mut config = Config::load(cli.config.as_deref(), &flag_env)?;
    if let Some(v) = &cli.rpc_url {
        config.chain.rpc_url.clone_from(v);
    }
    if let Some(v) = &cli.contract {
        config.chain.contract.clone_from(v);
    }
    if let Some(v) = &cli.database {
        config.jobs.database.clone_from(v);
    }
    if let Some(v) = &cli.http_listen {
        config.http.listen.clone_from(v);
    }
    if let Some(v) = &cli.admin_listen {
        config.admin.listen.clone_from(v);
    }
    if let Some(v) = &cli.image_backend {
        config.images.backend.clone_from(v);
    }
    Ok(config)
}

/// Environment variables whose values are credentials: the known ones, and any variable of ours or
/// of a storage provider whose name says it holds one (e.g. an IPFS pinning token).
const SECRET_ENV: [&str; 6] = [
    AGENT_KEY_ENV,
    RELAY_KEY_ENV,
    KEYSTORE_PASSWORD_ENV,
    cli::MINTER_KEY_ENV,
    "AWS_SECRET_ACCESS_KEY",
    "AWS_ACCESS_KEY_ID",
];
const SECRET_ENV_PREFIXES: [&str; 5] = ["GENIM_", "AWS_", "IPFS_", "PINATA_", "KUBO_"];
const SECRET_ENV_WORDS: [&str; 8] = [
    "KEY",
    "TOKEN",
    "SECRET",
    "PASSWORD",
    "PASSWD",
    "CREDENTIAL",
    "AUTH",
    "JWT",
];

/// Registers the secrets found in the environment before anything can log them.
fn register_env_secrets() {
    let redactor = redact::global();
    for (name, value) in std::env::vars_os() {
        let (Some(name), Some(value)) = (name.to_str(), value.to_str()) else {
            continue;
        };
        let upper = name.to_ascii_uppercase();
        let ours = SECRET_ENV_PREFIXES.iter().any(|p| upper.starts_with(p));
        if SECRET_ENV.contains(&name)
            || (ours && SECRET_ENV_WORDS.iter().any(|w| upper.contains(w)))
        {
            redactor.add(value);
        }
        if ours && upper.ends_with("_URL") {
            redactor.add_url(value);
        }
    }
}

/// Registers the secrets the configuration points at: the image API key's variable (its name is
/// configurable) and the credentials inside the RPC, image API and S3 URLs.
fn register_config_secrets(config: &Config) {
    let redactor = redact::global();
    if let Ok(key) = std::env::var(&config.images.api_key_env) {
        redactor.add(&key);
    }
    redactor.add_url(&config.chain.rpc_url);
    redactor.add_url(&config.images.base_url);
    redactor.add_url(&config.storage.endpoint);
}

fn init_tracing(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    // Every line is scrubbed of the registered secrets on its way to stderr.
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(redact::ScrubbingMakeWriter::new(std::io::stderr));
    match format {
        LogFormat::Human => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
    // A panic message may quote whatever value was at hand.
    std::panic::set_hook(Box::new(|info| {
        let thread = std::thread::current();
        let name = thread.name().unwrap_or("<unnamed>");
        eprintln!("thread '{name}' {}", redact::scrub(&info.to_string()));
    }));
}
