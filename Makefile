# The usual targets; the README's commands need none of them.
GO ?= go

.PHONY: build test vet fmt check bench gate
build:
	$(GO) build -o bin/hearsay ./cmd/hearsay

test:
	$(GO) test ./...

vet:
	$(GO) vet ./...

fmt:
	@test -z "$$(gofmt -l .)" || (gofmt -l . && exit 1)

check: fmt vet test

bench:
	$(GO) test -run '^$$' -bench . -benchtime 1x ./...

gate: build
	scripts/quality-gate.sh ../shared bin/hearsay
