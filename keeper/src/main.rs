//! `genim`: the GenImNFT keeper and its user-side helpers.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use genim_keeper::cli;
use genim_keeper::config::Config;
use genim_keeper::service::StartupError;

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
    /// Mint a token with a prompt (key from GENIM_MINTER_KEY) and wait for its image.
    Mint {
        #[arg(long)]
        prompt: String,
        #[arg(long, default_value_t = 0)]
        tier: u8,
        /// How long to wait for delivery; 0 returns right after minting.
        #[arg(long, default_value_t = 300)]
        wait_secs: u64,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum LogFormat {
    Human,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing(cli.log_format);
    let config = match load_config(&cli) {
        Ok(config) => config,
        Err(error) => return fail(&error.into()),
    };
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
            } => cli::mint(config, &prompt, tier, wait_secs).await,
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => fail(&error),
    }
}

/// One line on stderr; status 2 for start-up problems (configuration, key, chain), 1 otherwise.
fn fail(error: &eyre::Report) -> ExitCode {
    eprintln!("error: {error:#}");
    if error.downcast_ref::<StartupError>().is_some() {
        ExitCode::from(2)
    } else {
        ExitCode::FAILURE
    }
}

fn load_config(cli: &Cli) -> Result<Config, StartupError> {
    let mut config = Config::load(cli.config.as_deref())?;
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
    if let Some(v) = &cli.image_backend {
        config.images.backend.clone_from(v);
    }
    Ok(config)
}

fn init_tracing(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Human => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}
