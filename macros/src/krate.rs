//! Where the runtime crate is, for the paths the expansion writes.
//!
//! In order: `crate = path`; the `$crate` that `asyncgen::async_gen!` (a
//! `macro_rules!` hop) passes in front of its input, which resolves through any
//! re-export; and for the attribute, which no hop can reach, the user's
//! `Cargo.toml`: `::asyncgen`, or the name a renamed dependency gives it. When the
//! manifest shows no asyncgen at all, the crate reaches it through a re-export, and
//! the attribute says so instead of failing with "cannot find `asyncgen`".

use proc_macro2::{Span, TokenStream, TokenTree};

use crate::args::Flavor;

/// Splits the hop's `$crate ;` off the input, if it is there.
pub fn split_hop(input: TokenStream) -> (Option<syn::Path>, TokenStream) {
    let mut trees = input.clone().into_iter();
    match (trees.next(), trees.next()) {
        (Some(TokenTree::Ident(krate)), Some(TokenTree::Punct(semi)))
            if krate == "$crate" && semi.as_char() == ';' =>
        {
            (Some(syn::Path::from(krate)), trees.collect())
        }
        _ => (None, input),
    }
}

/// The runtime's path when nothing names it, or the error to report at the
/// attribute when this crate does not depend on asyncgen itself.
pub fn from_manifest(flavor: Flavor) -> Result<Option<syn::Path>, syn::Error> {
    let Some(manifest) = std::env::var_os("CARGO_MANIFEST_DIR")
        .and_then(|dir| std::fs::read_to_string(std::path::Path::new(&dir).join("Cargo.toml")).ok())
    else {
        return Ok(None); // not built by cargo: assume `::asyncgen`
    };
    match dependency_name(&manifest) {
        Found::Direct => Ok(None),
        Found::Renamed(name) => {
            let ident = syn::Ident::new(&name.replace('-', "_"), Span::call_site());
            Ok(Some(syn::parse_quote!(::#ident)))
        }
        Found::Missing => Err(syn::Error::new(
            Span::call_site(),
            format!(
                "{attr} cannot find the `asyncgen` crate: this crate does not depend on it, \
                 and an attribute cannot follow a re-export by itself; name the re-export with \
                 `crate = path`, as in `{open}(crate = some_crate::asyncgen)]`, \
                 or depend on `asyncgen`",
                attr = flavor.attr(),
                open = format_args!("#[{}", flavor.attr_name()),
            ),
        )),
    }
}

/// What a manifest says about asyncgen.
#[derive(Debug, PartialEq, Eq)]
enum Found {
    /// `asyncgen` is a dependency under its own name, or is this package.
    Direct,
    /// A dependency renamed: `name = { package = "asyncgen", .. }`.
    Renamed(String),
    Missing,
}

/// A line-level reading of the manifest, enough for the keys cargo accepts for a
/// dependency: `asyncgen = ..`, `asyncgen.workspace = true`, a
/// `[dependencies.asyncgen]` table, `package = "asyncgen"` on a renamed one, or
/// `name = "asyncgen"` of the package itself. Anything unclear counts as found, so
/// that the error is only ever reported where asyncgen is surely absent.
fn dependency_name(manifest: &str) -> Found {
    let mut table = "";
    for line in manifest.lines() {
        let line = line.split('#').next().unwrap_or_default().trim();
        if let Some(header) = line.strip_prefix('[') {
            table = header.trim_matches(|c| c == '[' || c == ']').trim();
            if last_key(table) == "asyncgen" {
                return Found::Direct;
            }
            continue;
        }
        let Some((key, value)) = line.split_once('=') else { continue };
        let key = key.trim();
        let value = value.trim();
        if key.split('.').next().map(str::trim) == Some("asyncgen") {
            return Found::Direct;
        }
        if key == "name" && table == "package" && unquote(value) == Some("asyncgen") {
            return Found::Direct;
        }
        if key == "package" && unquote(value) == Some("asyncgen") {
            return Found::Renamed(last_key(table).to_owned());
        }
        // `name = { package = "asyncgen", .. }` on one line.
        if value.starts_with('{') && mentions_package(value) {
            return Found::Renamed(key.to_owned());
        }
    }
    if manifest.contains("\"asyncgen\"") { Found::Direct } else { Found::Missing }
}

fn last_key(table: &str) -> &str {
    table.rsplit('.').next().unwrap_or_default().trim().trim_matches('"')
}

fn unquote(value: &str) -> Option<&str> {
    value.strip_prefix('"')?.split('"').next()
}

fn mentions_package(inline_table: &str) -> bool {
    inline_table
        .trim_matches(|c| c == '{' || c == '}')
        .split(',')
        .filter_map(|pair| pair.split_once('='))
        .any(|(k, v)| k.trim() == "package" && unquote(v.trim()) == Some("asyncgen"))
}

#[cfg(test)]
mod tests {
    use super::{Found, dependency_name};

    #[test]
    fn every_way_cargo_spells_the_dependency() {
        let direct = [
            "[dependencies]\nasyncgen = \"0.1\"",
            "[dependencies]\nasyncgen = { version = \"0.1\", default-features = false }",
            "[dev-dependencies]\nasyncgen.workspace = true",
            "[dependencies.asyncgen]\nversion = \"0.1\"",
            "[target.'cfg(unix)'.dependencies.asyncgen]\npath = \"../runtime\"",
            "[package]\nname = \"asyncgen\"",
        ];
        for manifest in direct {
            assert_eq!(dependency_name(manifest), Found::Direct, "{manifest}");
        }
        let renamed = "[dependencies]\nag = { package = \"asyncgen\", version = \"0.1\" }";
        assert_eq!(dependency_name(renamed), Found::Renamed("ag".into()));
        let table = "[dependencies.my-ag]\npackage = \"asyncgen\"\nversion = \"0.1\"";
        assert_eq!(dependency_name(table), Found::Renamed("my-ag".into()));
    }

    #[test]
    fn a_reexporter_alone_is_missing() {
        let manifest = "[package]\nname = \"user\"\n[dependencies]\nasyncgen-reexporter = { path = \"../r\" } # asyncgen\n";
        assert_eq!(dependency_name(manifest), Found::Missing);
    }
}
