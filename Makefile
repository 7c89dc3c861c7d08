# Shorthands for the README commands.
.PHONY: run test dist
run:
	scripts/run
test:
	scripts/test
dist:
	scripts/dist
