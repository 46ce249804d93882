#!/usr/bin/env bash
# Packs ProVision as NuGet packages (the `provision` .NET tool and the libraries), installs the tool from that local
# folder only (a nuget.config with no other source, so it works offline), and runs it: `provision --version` and a
# generate over the example data. Used by .ci/run; README.md, "Install", says the same steps by hand.
#   scripts/install-tool.sh [work-folder]     (default: a fresh temporary folder, removed afterwards)
set -euo pipefail
cd "$(dirname "$0")/.."

work="${1:-}"
if [ -z "$work" ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
feed="$work/feed"
tools="$work/tools"
mkdir -p "$feed" "$tools"

# The CLI packs as three packages (ProVision.Cli, which points to the other two, ProVision.Cli.linux-x64, ReadyToRun,
# and ProVision.Cli.any, portable); on a linux-x64 machine the install below must take the ReadyToRun one.
for project in compiler/ProVision.Cli runtime/ProVision.Runtime compiler/ProVision.Compiler runtime/ProVision.Pipeline compiler/ProVision.Testing grammar/ProVision.Grammar; do
  dotnet pack "$project" -c Release -o "$feed" --nologo -v quiet
done
ls -l "$feed"

# Only the local folder: no registry is asked for anything.
cat > "$work/nuget.config" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="feed" />
  </packageSources>
</configuration>
XML

version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -1)"
(cd "$work" && dotnet tool install --tool-path "$tools" --configfile "$work/nuget.config" ProVision.Cli --version "$version")

if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
  ls "$tools/.store/provision.cli/$version" | grep -qx provision.cli.linux-x64 \
    || { echo "error: the installed tool is not the linux-x64 ReadyToRun package" >&2; exit 1; }
fi

installed="$("$tools/provision" --version)"
echo "installed provision $installed"
[ "$installed" = "$version" ] || { echo "error: the installed tool says $installed, the build is $version" >&2; exit 1; }

# The tool carries the built-in pack precompiled (docs/packs.md#precompiled-built-in-pack): the start-up trace of this
# run must say it was used, not compiled or read from the cache.
trace="$(PROVISION_STARTUP_TRACE=1 "$tools/provision" generate --graphs examples/basic/annotations.json --depth-dir examples/basic/depth \
  --mask-dir examples/basic/masks --out "$work/out/items.parquet" --quiet 2>&1 >/dev/null | grep '^startup-trace:' || true)"
case "$trace" in
  *" precompiled="*) ;;
  *) echo "error: the installed tool did not use its precompiled built-in pack: ${trace:-no start-up trace (did the run fail? run it without --quiet)}" >&2; exit 1 ;;
esac
test -s "$work/out/items.parquet" && test -s "$work/out/README.md"
echo "install-tool: ok ($(du -sh "$feed" | cut -f1) of packages; the tool generated $(du -h "$work/out/items.parquet" | cut -f1) of Parquet)"
