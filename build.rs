//! Build script: the commit `livinglab --version` names, the list of the
//! game's languages (one Fluent file each under `assets/words/`), and on
//! Windows the program's icon and file details (what Explorer shows).

use std::path::Path;
use std::process::Command;

fn main() {
    commit();
    languages();
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        windows_resources();
    }
}

/// `LIVINGLAB_COMMIT`: the commit the program is built from, from
/// `LIVINGLAB_COMMIT` in the environment (a build from a source archive) or
/// from git; "unknown commit" when neither says.
fn commit() {
    println!("cargo:rerun-if-env-changed=LIVINGLAB_COMMIT");
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let commit = std::env::var("LIVINGLAB_COMMIT")
        .ok()
        .filter(|c| !c.trim().is_empty())
        .or_else(|| git(&["rev-parse", "--short=9", "HEAD"]).map(|c| format!("commit {c}")))
        .unwrap_or_else(|| "unknown commit".to_string());
    println!("cargo:rustc-env=LIVINGLAB_COMMIT={commit}");
    // Built again when HEAD moves (a commit, a checkout), not on every edit.
    if let Some(dir) = git(&["rev-parse", "--git-dir"]) {
        let dir = Path::new(&dir);
        for watched in ["HEAD", "packed-refs", "refs/heads"] {
            if dir.join(watched).exists() {
                println!("cargo:rerun-if-changed={}", dir.join(watched).display());
            }
        }
    }
    println!("cargo:rerun-if-changed=build.rs");
}

/// `$OUT_DIR/words.rs`: every `assets/words/<tag>.ftl`, English first, as
/// `(tag, text)` pairs in the binary. A volunteer adds a language by adding
/// its file; no code names the languages.
fn languages() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let dir = Path::new(&manifest).join("assets/words");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut tags: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| {
                    let name = e.file_name().into_string().ok()?;
                    let tag = name.strip_suffix(".ftl")?;
                    // A file name is a tag: letters, digits and hyphens only.
                    (!tag.is_empty() && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                        .then(|| tag.to_string())
                })
                .collect()
        })
        .unwrap_or_default();
    tags.sort_by_key(|t| (t != "en", t.clone()));
    let mut out = String::from(
        "/// Every language's Fluent file, English first (made by build.rs).\n\
         pub(crate) static FILES: &[(&str, &str)] = &[\n",
    );
    for tag in &tags {
        let path = dir.join(format!("{tag}.ftl"));
        println!("cargo:rerun-if-changed={}", path.display());
        out.push_str(&format!(
            "    ({tag:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push_str("];\n");
    let target = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("words.rs");
    if let Err(e) = std::fs::write(&target, out) {
        panic!("cannot write {}: {e}", target.display());
    }
}

/// The icon and version details, compiled with mingw-w64's windres (or the
/// Windows SDK's rc) and linked into livinglab.exe (not into livinglab.com,
/// the terminal's launcher, so Explorer tells the two apart).
fn windows_resources() {
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let mut parts: Vec<u16> = version
        .split(['.', '-', '+'])
        .take(3)
        .map(|p| p.parse().unwrap_or(0))
        .collect();
    parts.resize(4, 0);
    let numbers = parts
        .iter()
        .map(u16::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let icon = Path::new(&manifest).join("assets/icon/livinglab.ico");
    println!("cargo:rerun-if-changed={}", icon.display());
    let rc = format!(
        r#"// The icon Explorer, the taskbar and the title bar show, and the details
// of the file's Properties.
1 ICON "{icon}"

1 VERSIONINFO
FILEVERSION {numbers}
PRODUCTVERSION {numbers}
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "FileDescription", "Living Lab"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "livinglab"
      VALUE "LegalCopyright", "MIT OR Apache-2.0"
      VALUE "OriginalFilename", "livinglab.exe"
      VALUE "ProductName", "Living Lab"
      VALUE "ProductVersion", "{version}"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
"#,
        icon = icon.display().to_string().replace('\\', "/"),
    );
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("livinglab.rc");
    if let Err(e) = std::fs::write(&out, rc) {
        println!(
            "cargo:warning=livinglab.exe has no icon: cannot write {}: {e}",
            out.display()
        );
        return;
    }
    if let Err(e) =
        embed_resource::compile_for(&out, ["livinglab"], embed_resource::NONE).manifest_optional()
    {
        // A build without the icon still runs; say why it has none.
        println!("cargo:warning=livinglab.exe has no icon: {e}");
    }
}
