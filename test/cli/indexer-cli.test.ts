import { expect } from "chai";
import { spawn } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import {
  fixturePath,
  REPO_ROOT,
} from "../unit/indexer/indexer-test-helpers.js";
import { hermeticEnv } from "../hermetic-env.js";
import { seedDocuments, speakerCounts } from "../seed.js";

interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runCli(
  args: readonly string[],
  options: { closeStdoutEarly?: boolean; env?: Record<string, string> } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(REPO_ROOT, "indexer", "main.ts"), ...args],
      {
        cwd: REPO_ROOT,
        env: hermeticEnv({ LOG_LEVEL: "info", ...options.env }),
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      // Like `| head -1`: the reader goes away after the first chunk.
      if (options.closeStdoutEarly === true) child.stdout.destroy();
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

describe("indexer CLI", function () {
  this.timeout(30_000);
  /** Documents of the seed, as the indexer makes them in process. */
  let seedSize: number;
  let seedSpeakers: number;

  before(async () => {
    const seed = await seedDocuments();
    seedSize = seed.length;
    seedSpeakers = speakerCounts(seed).length;
  });

  it("main when run with --dry-run on the seed then stdout is its NDJSON documents and nothing else", async () => {
    const result = await runCli([
      "--dry-run",
      fixturePath("2021-07-15-mfa-readout-seed.txt"),
    ]);

    const lines = result.stdout.trimEnd().split("\n");
    expect(result.code).to.equal(0);
    expect(lines).to.have.length(seedSize);
    const first = JSON.parse(lines[0] ?? "{}") as Record<string, unknown>;
    expect(first).to.include({
      speaker: null,
      location: "Tashkent",
      paragraph: 0,
      position: 0,
    });
    expect(first).not.to.have.property("releaseHash");
    expect(result.stderr).to.contain(
      `done: 1 files, 1 releases, ${seedSize} sentences, ${seedSpeakers} speakers, 0 failures`,
    );
  });

  it("main when one input is bad then it names the file and reason on stderr, still prints the others and exits 1", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "indexer-cli-"));
    try {
      const empty = path.join(dir, "2020-01-01-empty.txt");
      await writeFile(empty, "");

      const result = await runCli([
        "--dry-run",
        empty,
        fixturePath("2000-02-01-kremlin-readout.txt"),
      ]);

      expect(result.code).to.equal(1);
      expect(result.stderr).to.include(`error: ${empty}: empty file`);
      expect(result.stdout.trimEnd().split("\n").length).to.be.greaterThan(5);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("main when stdout is closed early (| head) then it stops and exits cleanly", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "indexer-cli-"));
    try {
      const record = (i: number): string =>
        JSON.stringify({
          title: `Release ${i}`,
          date: "2020-01-01",
          body: "One sentence. Another one.\n\nA third.",
        });
      const feed = path.join(dir, "feed.ndjson");
      await writeFile(
        feed,
        Array.from({ length: 3000 }, (_v, i) => record(i)).join("\n"),
      );

      const result = await runCli(["--dry-run", feed], {
        closeStdoutEarly: true,
      });

      expect(result.code).to.equal(0);
      expect(result.stderr).not.to.match(/EPIPE|fatal|Error/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("main when indexing with neither MEILI_URL nor DATA_DIR then explains where an index can live and exits 1", async () => {
    const result = await runCli([
      fixturePath("2021-07-15-mfa-readout-seed.txt"),
    ]);

    expect(result.code).to.equal(1);
    expect(result.stdout).to.equal("");
    expect(result.stderr).to.match(/MEILI_URL.*DATA_DIR/);
  });

  it("main when indexing into DATA_DIR twice then builds the index, then skips the unchanged release", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "indexer-engine-"));
    try {
      const env = { DATA_DIR: dir };
      const seed = fixturePath("2021-07-15-mfa-readout-seed.txt");

      const first = await runCli([seed], { env });
      const second = await runCli([seed], { env });
      const check = await runCli(["--check-settings"], { env });

      expect(first.code, first.stderr).to.equal(0);
      expect(first.stderr).to.contain(
        `"mode":"full","documents":${seedSize},"added":1`,
      );
      expect(second.code).to.equal(0);
      expect(second.stderr).to.contain(
        `"mode":"incremental","documents":${seedSize},"added":0,"updated":0,"deleted":0,"unchanged":1`,
      );
      expect(check.code).to.equal(0);
      expect(check.stdout).to.contain("settings match the code");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("main --check-settings when the index does not exist then says so and exits 1", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "indexer-engine-"));
    try {
      const result = await runCli(["--check-settings"], {
        env: { DATA_DIR: dir },
      });

      expect(result.code).to.equal(1);
      expect(result.stdout).to.contain("does not exist");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("main when an input fails then still indexes the rest and exits 1", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "indexer-engine-"));
    try {
      const releases = path.join(dir, "releases");
      await mkdir(releases);
      await copyFile(
        fixturePath("2021-07-15-mfa-readout-seed.txt"),
        path.join(releases, "seed.txt"),
      );
      await writeFile(path.join(releases, "empty.txt"), "");

      const result = await runCli([releases], {
        env: { DATA_DIR: path.join(dir, "data") },
      });

      expect(result.code).to.equal(1);
      expect(result.stderr).to.contain("empty.txt");
      expect(result.stderr).to.contain(`"documents":${seedSize}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
