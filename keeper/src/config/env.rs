//! Any config key from the environment: `GENIM_<SECTION>__<KEY>` (two underscores between
//! levels), e.g. `GENIM_JOBS__CONCURRENCY=8` or `GENIM_SUBMIT__MAX_FEE_PER_GAS_GWEI=0.5`, applied
//! over the file (figment merges them). Single-underscore variables (`GENIM_AGENT_KEY`,
//! `GENIM_CONTRACT`, ...) are secrets and CLI flags, not keys, and are left alone here.
//!
//! A bad value is refused naming the variable and the expected type, never quoting the value: a
//! variable such as `GENIM_CHAIN__RPC_URL` may carry a provider's key.

use figment::Figment;
use figment::error::{Actual, Kind};
use figment::providers::{Env, Serialized};

use serde::Deserialize as _;

use super::parse_error::without_values;
use super::{Config, ConfigError};

pub const ENV_PREFIX: &str = "GENIM_";
pub const ENV_SEPARATOR: &str = "__";

/// Whether the environment sets any config key (a `GENIM_..__..` variable).
pub fn has_overrides() -> bool {
    std::env::vars_os().any(|(name, _)| {
        name.to_str()
            .and_then(|n| n.strip_prefix(ENV_PREFIX))
            .is_some_and(|rest| rest.contains(ENV_SEPARATOR))
    })
}

/// Refuses a `GENIM_SECTION_KEY` variable (one underscore) that names a config key: it would be
/// silently ignored, so the operator would run with a setting they believe changed. `flags` are
/// the command line's own variables (`GENIM_HTTP_LISTEN`, ...), which are meant that way.
pub fn refuse_misspelt_keys(flags: &[&str]) -> Result<(), ConfigError> {
    for (name, _) in std::env::vars_os() {
        let Some(name) = name.to_str() else { continue };
        let Some(rest) = name.strip_prefix(ENV_PREFIX) else {
            continue;
        };
        if rest.contains(ENV_SEPARATOR) || flags.contains(&name) {
            continue;
        }
        if let Some(meant) = key_meant_by(rest) {
            return Err(ConfigError::Env {
                variable: name.to_owned(),
                problem: format!(
                    "not a setting; a config key takes two underscores between section and key: \
                     {meant}"
                ),
            });
        }
    }
    Ok(())
}

/// `JOBS_CONCURRENCY` → `GENIM_JOBS__CONCURRENCY` when `jobs.concurrency` is a config key.
fn key_meant_by(rest: &str) -> Option<String> {
    let words: Vec<&str> = rest.split('_').collect();
    (1..words.len()).find_map(|split| {
        let section = words[..split].join("_").to_ascii_lowercase();
        let key = words[split..].join("_").to_ascii_lowercase();
        is_config_key(&section, &key).then(|| {
            format!(
                "{ENV_PREFIX}{}{ENV_SEPARATOR}{}",
                section.to_ascii_uppercase(),
                key.to_ascii_uppercase()
            )
        })
    })
}

/// Whether `[section] key` exists: setting it to a probe value fails for any reason but an
/// unknown field (or succeeds).
fn is_config_key(section: &str, key: &str) -> bool {
    let mut inner = toml::Table::new();
    inner.insert(key.to_owned(), toml::Value::Boolean(true));
    let mut table = toml::Table::new();
    table.insert(section.to_owned(), toml::Value::Table(inner));
    match Config::deserialize(table) {
        Ok(_) => true,
        Err(error) => !error.message().contains("unknown field"),
    }
}

/// `file` (the parsed config file, or an empty table) with the environment's keys on top.
pub fn with_overrides(file: &toml::Table) -> Result<Config, ConfigError> {
    Figment::from(Serialized::defaults(file))
        .merge(
            Env::prefixed(ENV_PREFIX)
                .filter(|key| key.as_str().contains(ENV_SEPARATOR))
                .split(ENV_SEPARATOR),
        )
        .extract()
        .map_err(|error| {
            // The first error is enough to act on; figment reports one per bad key.
            let first = error.into_iter().next();
            match first {
                Some(error) => ConfigError::Env {
                    variable: variable_of(&error),
                    problem: problem_of(&error.kind),
                },
                None => ConfigError::Env {
                    variable: "GENIM_*__*".into(),
                    problem: "invalid".into(),
                },
            }
        })
}

/// The variable (`GENIM_JOBS__CONCURRENCY`) an error is about, from its key path.
fn variable_of(error: &figment::Error) -> String {
    if error.path.is_empty() {
        return "GENIM_*__*".into();
    }
    format!(
        "{ENV_PREFIX}{}",
        error.path.join(ENV_SEPARATOR).to_ascii_uppercase()
    )
}

/// What was wrong, in the config's vocabulary and without the value.
fn problem_of(kind: &Kind) -> String {
    match kind {
        Kind::InvalidType(actual, expected) => {
            format!("expected {expected}, found {}", type_name(actual))
        }
        Kind::InvalidValue(actual, expected) => {
            format!("expected {expected}, found {}", type_name(actual))
        }
        Kind::InvalidLength(length, expected) => {
            format!("expected {expected}, found {length} elements")
        }
        Kind::UnknownVariant(_, expected) => format!("expected one of {}", expected.join(", ")),
        Kind::UnknownField(field, _) => format!("`{field}` is not a config key"),
        Kind::MissingField(field) => format!("missing key `{field}`"),
        Kind::DuplicateField(field) => format!("key `{field}` given twice"),
        Kind::ISizeOutOfRange(_) | Kind::USizeOutOfRange(_) => "number out of range".into(),
        Kind::Message(message) => without_values(message),
        Kind::Unsupported(actual) => format!("{} is not supported here", type_name(actual)),
        Kind::UnsupportedKey(actual, _) => format!("{} is not a valid key", type_name(actual)),
    }
}

fn type_name(actual: &Actual) -> &'static str {
    match actual {
        Actual::Bool(_) => "a boolean",
        Actual::Unsigned(_) | Actual::Signed(_) => "an integer",
        Actual::Float(_) => "a decimal number",
        Actual::Char(_) | Actual::Str(_) => "text",
        Actual::Bytes(_) => "bytes",
        Actual::Unit | Actual::Option => "nothing",
        Actual::Seq => "a list",
        Actual::Map => "a table",
        _ => "another type",
    }
}

#[cfg(test)]
// `Jail::expect_with` closures return figment's own (large) error type.
#[allow(clippy::result_large_err)]
mod tests {
    use figment::Jail;

    use super::*;

    fn load(file: &str) -> Result<Config, ConfigError> {
        let table: toml::Table = toml::from_str(file).expect("test file parses");
        with_overrides(&table)
    }

    #[test]
    fn a_variable_sets_a_key_over_the_file() {
        Jail::expect_with(|jail| {
            jail.set_env("GENIM_JOBS__CONCURRENCY", "8");
            jail.set_env("GENIM_SUBMIT__MAX_FEE_PER_GAS_GWEI", "0.25");
            jail.set_env(
                "GENIM_CHAIN__RPC_URL",
                "https://node.example/v2/Zr8kQ2mX7vT1",
            );
            let config = load("[jobs]\nconcurrency = 2\n").expect("loads");
            assert_eq!(config.jobs.concurrency, 8);
            assert!((config.submit.max_fee_per_gas_gwei - 0.25).abs() < 1e-12);
            assert_eq!(config.chain.rpc_url, "https://node.example/v2/Zr8kQ2mX7vT1");
            Ok(())
        });
    }

    #[test]
    fn the_mcp_server_is_on_by_default_and_its_keys_come_from_the_environment() {
        Jail::expect_with(|jail| {
            assert!(load("").expect("loads").mcp.enabled);
            jail.set_env("GENIM_MCP__ENABLED", "false");
            jail.set_env("GENIM_MCP__WAIT_SECS", "7");
            jail.set_env("GENIM_MCP__PAGE_URL", "https://genim.example");
            jail.set_env(
                "GENIM_MCP__ALLOWED_HOSTS",
                r#"["keeper.example.org", "localhost"]"#,
            );
            let config = load("[mcp]\nwait_secs = 30\n").expect("loads");
            assert!(!config.mcp.enabled);
            assert_eq!(config.mcp.wait_secs, 7);
            assert_eq!(config.mcp.page_url, "https://genim.example");
            assert_eq!(
                config.mcp.allowed_hosts,
                ["keeper.example.org", "localhost"]
            );
            Ok(())
        });
    }

    #[test]
    fn the_file_and_defaults_stay_where_nothing_is_set() {
        Jail::expect_with(|jail| {
            jail.set_env("GENIM_AGENT_KEY", "0x01");
            jail.set_env(
                "GENIM_CONTRACT",
                "0x5FbDB2315678afecb367f032d93F642f64180aa3",
            );
            let config = load("[jobs]\nconcurrency = 3\n").expect("secrets and flags are no keys");
            assert_eq!(config.jobs.concurrency, 3);
            assert_eq!(
                config.submit.batch_size,
                Config::default().submit.batch_size
            );
            Ok(())
        });
    }

    #[test]
    fn a_bad_value_names_the_variable_and_the_type_never_the_value() {
        Jail::expect_with(|jail| {
            jail.set_env("GENIM_JOBS__CONCURRENCY", "abc-Zr8kQ2mX7vT1");
            let error = load("").expect_err("text is not a count").to_string();
            assert!(error.contains("GENIM_JOBS__CONCURRENCY"), "{error}");
            assert!(error.contains("expected"), "{error}");
            assert!(!error.contains("Zr8kQ2mX7vT1"), "{error}");
            Ok(())
        });
    }

    #[test]
    fn an_unknown_key_is_refused_not_ignored() {
        Jail::expect_with(|jail| {
            jail.set_env("GENIM_JOBS__CONCURENCY", "8");
            let error = load("").expect_err("misspelt key").to_string();
            assert!(error.contains("concurency"), "{error}");
            Ok(())
        });
    }

    #[test]
    fn one_underscore_too_few_is_refused_naming_the_key_meant() {
        Jail::expect_with(|jail| {
            jail.set_env("GENIM_JOBS_CONCURRENCY", "8");
            let error = refuse_misspelt_keys(&[]).expect_err("ignored silently otherwise");
            let text = error.to_string();
            assert!(text.contains("GENIM_JOBS_CONCURRENCY"), "{text}");
            assert!(text.contains("GENIM_JOBS__CONCURRENCY"), "{text}");
            Ok(())
        });
        Jail::expect_with(|jail| {
            jail.set_env("GENIM_SUBMIT_MAX_FEE_PER_GAS_GWEI", "1");
            let text = refuse_misspelt_keys(&[]).unwrap_err().to_string();
            assert!(
                text.contains("GENIM_SUBMIT__MAX_FEE_PER_GAS_GWEI"),
                "{text}"
            );
            Ok(())
        });
    }

    #[test]
    fn secrets_flags_and_other_variables_pass() {
        Jail::expect_with(|jail| {
            for name in [
                "GENIM_AGENT_KEY",
                "GENIM_KEYSTORE_PASSWORD",
                "GENIM_IMAGE_API_KEY",
                "GENIM_IPFS_API_TOKEN",
                "GENIM_E2E_BIN",
                "GENIM_ADMIN_LISTEN",
                "GENIM_JOBS__CONCURRENCY",
            ] {
                jail.set_env(name, "1");
            }
            refuse_misspelt_keys(&["GENIM_ADMIN_LISTEN"]).expect("none of these is a misspelt key");
            Ok(())
        });
    }

    #[test]
    fn addresses_and_urls_stay_text() {
        Jail::expect_with(|jail| {
            jail.set_env(
                "GENIM_CHAIN__CONTRACT",
                "0x5FbDB2315678afecb367f032d93F642f64180aa3",
            );
            jail.set_env("GENIM_HTTP__LISTEN", "127.0.0.1:8081");
            let config = load("").expect("loads");
            assert_eq!(
                config.chain.contract,
                "0x5FbDB2315678afecb367f032d93F642f64180aa3"
            );
            assert_eq!(config.http.listen, "127.0.0.1:8081");
            Ok(())
        });
    }
}
