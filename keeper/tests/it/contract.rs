//! What the tests deploy and what the keeper calls is what `contracts/` compiles to now.
//!
//! The harness deploys the contract from `out/` (through `forge script`) and the keeper talks to it
//! through `bindings/`; both are generated files that go stale when a contract changes and nobody
//! re-runs `forge build` or `tools/bindings`. This test compiles `contracts/` itself, through the
//! project's solc (`tools/solc`) with `foundry.toml`'s settings, using foundry-compilers' typed
//! standard-JSON input and output, and fails naming the command to run when either differs.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::str::FromStr;

use eyre::{Context, ContextCompat, bail, ensure};
use foundry_compilers_artifacts_solc::remappings::Remapping;
use foundry_compilers_artifacts_solc::{
    BytecodeHash, CompilerOutput, EvmVersion, Optimizer, Settings, SettingsMetadata, SolcInput,
    SolcLanguage, Source, Sources,
};
use genimnft_bindings::gen_im_nft::GenImNFT;

const CONTRACT_FILE: &str = "contracts/GenImNFT.sol";
const CONTRACT: &str = "GenImNFT";

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `foundry.toml`'s default profile, as the solc settings forge passes for it.
fn settings_from_foundry_toml(root: &Path) -> eyre::Result<Settings> {
    let text =
        std::fs::read_to_string(root.join("foundry.toml")).wrap_err("reading foundry.toml")?;
    let config: toml::Table = text.parse().wrap_err("parsing foundry.toml")?;
    let profile = config
        .get("profile")
        .and_then(|p| p.get("default"))
        .and_then(toml::Value::as_table)
        .wrap_err("foundry.toml has no [profile.default]")?;
    let string = |key: &str| profile.get(key).and_then(toml::Value::as_str);

    let mut settings = Settings::new(serde_json::from_value::<
        foundry_compilers_artifacts_solc::output_selection::OutputSelection,
    >(serde_json::json!({
        CONTRACT_FILE: { CONTRACT: ["evm.bytecode.object", "evm.deployedBytecode.object"] }
    }))?);
    settings.optimizer = Optimizer {
        enabled: profile.get("optimizer").and_then(toml::Value::as_bool),
        runs: profile
            .get("optimizer_runs")
            .and_then(toml::Value::as_integer)
            .map(usize::try_from)
            .transpose()?,
        ..Default::default()
    };
    settings.via_ir = profile.get("via_ir").and_then(toml::Value::as_bool);
    settings.evm_version = string("evm_version")
        .map(|v| EvmVersion::from_str(v).map_err(|e| eyre::eyre!("evm_version: {e}")))
        .transpose()?;
    settings.metadata = string("bytecode_hash")
        .map(|v| BytecodeHash::from_str(v).map_err(|e| eyre::eyre!("bytecode_hash: {e}")))
        .transpose()?
        .map(SettingsMetadata::from);
    settings.remappings = profile
        .get("remappings")
        .and_then(toml::Value::as_array)
        .into_iter()
        .flatten()
        .map(|r| {
            let r = r.as_str().wrap_err("a remapping is not a string")?;
            Remapping::from_str(r).map_err(|e| eyre::eyre!("remapping {r}: {e}"))
        })
        .collect::<eyre::Result<_>>()?;
    Ok(settings)
}

/// Every `.sol` file under `contracts/`, keyed by its path from the repository root (as forge does).
fn contract_sources(root: &Path) -> eyre::Result<Sources> {
    let mut files = Vec::new();
    let mut dirs = vec![root.join("contracts")];
    while let Some(dir) = dirs.pop() {
        for entry in
            std::fs::read_dir(&dir).wrap_err_with(|| format!("reading {}", dir.display()))?
        {
            let path = entry?.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "sol") {
                files.push(path);
            }
        }
    }
    let mut sources = BTreeMap::new();
    for file in files {
        let relative = file.strip_prefix(root)?.to_path_buf();
        sources.insert(relative, Source::read(&file)?);
    }
    Ok(Sources(sources))
}

/// Compiles through `tools/solc` (solcjs presented as solc; imports resolved from the root).
fn compile(root: &Path, input: &SolcInput) -> eyre::Result<CompilerOutput> {
    let mut child = Command::new("node")
        .arg(root.join("tools/solc"))
        .args(["--standard-json", "--base-path"])
        .arg(root)
        .current_dir(root)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .wrap_err("starting tools/solc (node); run tools/setup")?;
    let stdin = child.stdin.take().wrap_err("tools/solc stdin")?;
    serde_json::to_writer(stdin, input)?;
    let output = child.wait_with_output()?;
    ensure!(
        output.status.success(),
        "tools/solc failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let compiled: CompilerOutput =
        serde_json::from_slice(&output.stdout).wrap_err("decoding solc's standard-JSON output")?;
    let errors: Vec<_> = compiled
        .errors
        .iter()
        .filter(|e| e.severity.is_error())
        .map(|e| e.message.clone())
        .collect();
    if !errors.is_empty() {
        bail!("contracts/ does not compile: {errors:?}");
    }
    Ok(compiled)
}

/// The creation and runtime bytecode solc produced for the contract.
fn bytecodes(compiled: &CompilerOutput) -> eyre::Result<(Vec<u8>, Vec<u8>)> {
    let contract = compiled
        .contracts
        .get(Path::new(CONTRACT_FILE))
        .and_then(|c| c.get(CONTRACT))
        .wrap_err("solc's output has no GenImNFT")?;
    let evm = contract.evm.as_ref().wrap_err("no evm output")?;
    let creation = evm
        .bytecode
        .as_ref()
        .and_then(|b| b.object.as_bytes())
        .wrap_err("no (linked) creation bytecode")?;
    let runtime = evm
        .deployed_bytecode
        .as_ref()
        .and_then(|d| d.bytecode.as_ref())
        .and_then(|b| b.object.as_bytes())
        .wrap_err("no (linked) runtime bytecode")?;
    Ok((creation.to_vec(), runtime.to_vec()))
}

/// The creation and runtime bytecode of forge's artifact in `out/`, which the harness deploys.
fn forge_artifact(root: &Path) -> eyre::Result<(Vec<u8>, Vec<u8>)> {
    let path = root.join("out/GenImNFT.sol/GenImNFT.json");
    let text = std::fs::read_to_string(&path)
        .wrap_err_with(|| format!("reading {}: run `forge build`", path.display()))?;
    let artifact: serde_json::Value = serde_json::from_str(&text)?;
    let hex_of = |pointer: &str| -> eyre::Result<Vec<u8>> {
        let object = artifact
            .pointer(pointer)
            .and_then(serde_json::Value::as_str)
            .wrap_err_with(|| format!("{} has no {pointer}", path.display()))?;
        Ok(hex::decode(object.trim_start_matches("0x"))?)
    };
    Ok((
        hex_of("/bytecode/object")?,
        hex_of("/deployedBytecode/object")?,
    ))
}

#[test]
fn out_and_bindings_hold_what_contracts_compile_to() -> eyre::Result<()> {
    let root = repo_root();
    let input = SolcInput::new(
        SolcLanguage::Solidity,
        contract_sources(&root)?,
        settings_from_foundry_toml(&root)?,
    );
    let (creation, runtime) = bytecodes(&compile(&root, &input)?)?;

    let (out_creation, out_runtime) = forge_artifact(&root)?;
    ensure!(
        out_creation == creation && out_runtime == runtime,
        "out/GenImNFT.sol/GenImNFT.json is stale (the tests would deploy an old contract): run `forge build`"
    );
    ensure!(
        GenImNFT::BYTECODE[..] == creation[..] && GenImNFT::DEPLOYED_BYTECODE[..] == runtime[..],
        "bindings/ is stale (the keeper would call an old ABI): run `tools/bindings` and commit the result"
    );
    Ok(())
}
