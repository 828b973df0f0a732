# kg container image: static Go binary on distroless (no shell, runs as nonroot).

FROM golang:1.26.8 AS build
WORKDIR /src
# Dependencies first so source edits don't re-download modules.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# Pure Go (no cgo): the binary runs on the static distroless base.
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/kg ./cmd/kg
# State directory of `kg run` (failure log), writable by the nonroot user.
RUN mkdir -p /out/state

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/kg /usr/local/bin/kg
COPY --from=build --chown=nonroot:nonroot /out/state /var/lib/kg
ENTRYPOINT ["/usr/local/bin/kg"]
CMD ["--help"]
