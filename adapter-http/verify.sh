#!/usr/bin/env bash
# Builds domain and application in the same reactor as adapter-http (so a shared ~/.m2 written by other
# worktrees cannot change what this module compiles against) and runs this module's tests only.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B -o verify -pl domain,application,adapter-http -Dtest='io/memberkit/adapter/http/**/*Test*' \
  -Dsurefire.failIfNoSpecifiedTests=false "$@"
