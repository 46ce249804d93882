# The `provision` CLI for job engines (docs/scale-out.md). Multi-stage: the SDK builds and publishes for linux-x64 only
# (so only linux-x64 native assets ship; ReadyToRun, as the CLI project asks: docs/performance.md#start-up), the
# runtime image holds the published CLI and the libraries its natives need.
# Nothing is fetched at run time: models are mounted (PROVISION_MODELS, default /models) or imported with `models import`.
#   docker build -t provision:0.1 .
#   docker run --rm -v /shared:/data provision:0.1 generate --graphs /data/graphs.jsonl --out /data/out/items.jsonl

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish compiler/ProVision.Cli/ProVision.Cli.csproj -c Release -r linux-x64 --self-contained false -o /out \
    && find /out -name '*.pdb' -delete

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
# OpenCV's native library (GrabCut in the annotation pipeline) links against GTK 3; SkiaSharp's is self-contained.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libgtk-3-0 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /out /opt/provision
ENV PATH=/opt/provision:$PATH \
    PROVISION_MODELS=/models \
    PROVISION_CACHE=/opt/provision-cache \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
# Extract the built-in pack once at build time (the CLI carries it precompiled: docs/packs.md#precompiled-built-in-pack;
# were the runtime image's .NET version not the SDK's, this compiles it into the cache instead), so shard pods start
# generating at once and need no writable cache.
RUN provision list >/dev/null && chmod -R a+rX /opt/provision-cache
ENTRYPOINT ["provision"]
CMD ["--help"]
