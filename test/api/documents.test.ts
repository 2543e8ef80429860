import { expect } from "chai";
import {
  releaseResponseSchema,
  sentenceResponseSchema,
  speakersResponseSchema,
} from "../../src/api/response-schemas.js";
import type { SentenceDocument } from "../../src/search/sentence-document.js";
import { countOf, speakerCounts } from "../seed.js";
import {
  request,
  seedDocuments,
  startTestApi,
  type TestApi,
} from "./api-harness.js";

describe("speakers, releases and sentences", () => {
  let api: TestApi;
  let releaseId: string;
  let seed: SentenceDocument[];
  let ids: string[];

  before(async () => {
    const docs = await seedDocuments();
    seed = [...docs];
    releaseId = docs[0]!.releaseId;
    ids = docs.sort((a, b) => a.position - b.position).map((d) => d.id);
    api = await startTestApi({ documents: docs });
  });
  after(async () => api.close());

  it("speakers when no query is given then lists every speaker by count", async () => {
    const { status, body } = await request(`${api.url}/v1/speakers`);

    expect(status).to.equal(200);
    expect(speakersResponseSchema.parse(body).speakers).to.deep.equal(
      speakerCounts(seed),
    );
  });

  for (const q of ["lavrov", "lav", "lavrof", "sergey"]) {
    it(`speakers when q=${q} then finds Sergey Lavrov by any word of the name`, async () => {
      const { body } = await request(`${api.url}/v1/speakers?q=${q}`);

      expect(body.speakers).to.deep.equal([
        { name: "Sergey Lavrov", count: countOf(seed, "Sergey Lavrov") },
      ]);
    });
  }

  it("speakers when q matches nobody then returns an empty list", async () => {
    expect((await request(`${api.url}/v1/speakers?q=zzzz`)).body).to.deep.equal(
      { speakers: [] },
    );
  });

  it("release when the id is known then returns every sentence in order", async () => {
    const { status, body } = await request(
      `${api.url}/v1/releases/${releaseId}`,
    );

    expect(status).to.equal(200);
    const release = releaseResponseSchema.parse(body);
    expect(release).to.include({
      id: releaseId,
      date: "2021-07-15",
      location: "Tashkent",
    });
    expect(release.sentences.map((s) => s.position)).to.deep.equal([
      ...Array(seed.length).keys(),
    ]);
    expect(release.sentences[0]).to.not.have.property("releaseHash");
  });

  it("release when the id is unknown then answers 404 not_found", async () => {
    const { status, body } = await request(
      `${api.url}/v1/releases/no-such-release`,
    );

    expect(status).to.equal(404);
    expect(body.error.code).to.equal("not_found");
  });

  it("release when the id has forbidden characters then answers 400 naming it", async () => {
    const { status, body } = await request(
      `${api.url}/v1/releases/${encodeURIComponent('a b"c')}`,
    );

    expect(status).to.equal(400);
    expect(body.error.message).to.contain("id");
  });

  it("sentence when in the middle then returns two sentences before and two after", async () => {
    const { status, body } = await request(
      `${api.url}/v1/sentences/${ids[10]}`,
    );

    expect(status).to.equal(200);
    const result = sentenceResponseSchema.parse(body);
    expect(result.sentence.id).to.equal(ids[10]);
    expect(result.context.before.map((d) => d.id)).to.deep.equal([
      ids[8],
      ids[9],
    ]);
    expect(result.context.after.map((d) => d.id)).to.deep.equal([
      ids[11],
      ids[12],
    ]);
  });

  it("sentence when first of the release then has no context before", async () => {
    const { body } = await request(`${api.url}/v1/sentences/${ids[0]}`);

    expect(body.context.before).to.deep.equal([]);
    expect(body.context.after.map((d: any) => d.id)).to.deep.equal([
      ids[1],
      ids[2],
    ]);
  });

  it("sentence when last of the release then has no context after", async () => {
    const last = ids.length - 1;
    const { body } = await request(`${api.url}/v1/sentences/${ids[last]}`);

    expect(body.context.before.map((d: any) => d.id)).to.deep.equal([
      ids[last - 2],
      ids[last - 1],
    ]);
    expect(body.context.after).to.deep.equal([]);
  });

  it("sentence when the id is unknown then answers 404", async () => {
    expect(
      (await request(`${api.url}/v1/sentences/unknown-id`)).status,
    ).to.equal(404);
  });
});
