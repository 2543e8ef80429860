import { expect } from "chai";
import {
  formatHit,
  type HitFormat,
} from "../../../src/instantsearch/format-hit.js";
import { PUBLIC_FIELDS } from "../../../src/instantsearch/request-schema.js";
import type { SearchHit } from "../../../src/search/search-engine.js";
import { HOSTILE_TEXT } from "../../api/api-harness.js";
import { buildDocument } from "../../builders.js";

const HOSTILE_SPEAKER = `<img src=x onerror="alert('speaker')">`;

/** The XSS fixture with the first "script" (inside `<script>`) and "plain" reported as matches. */
function hostileHit(): SearchHit {
  const document = buildDocument({
    id: "hostile-0",
    text: HOSTILE_TEXT,
    speaker: HOSTILE_SPEAKER,
  });
  const at = (word: string) => HOSTILE_TEXT.indexOf(word);
  const cut = [0, at("script"), at("script") + 6, at("plain"), at("plain") + 5];
  const highlight = [...cut, HOSTILE_TEXT.length]
    .slice(0, -1)
    .map((from, i) => ({
      text: HOSTILE_TEXT.slice(from, [...cut, HOSTILE_TEXT.length][i + 1]),
      match: i % 2 === 1,
    }));
  return { id: document.id, document, highlight };
}

function format(preTag: string, postTag: string): HitFormat {
  return {
    retrieve: PUBLIC_FIELDS,
    formatted: true,
    highlightText: true,
    preTag,
    postTag,
    showMatchesPosition: false,
  };
}

describe("formatHit", () => {
  it("formatHit when the tags are InstantSearch's then _formatted holds the raw text with those tags", () => {
    const hit = formatHit(
      hostileHit(),
      format("__ais-highlight__", "__/ais-highlight__"),
    );
    const formatted = hit["_formatted"] as Record<string, unknown>;

    expect(formatted["text"]).to.equal(
      `Officials said <__ais-highlight__script__/ais-highlight__>alert("x")</script> and <img src=x onerror=alert(1)> are __ais-highlight__plain__/ais-highlight__ text.`,
    );
    expect(formatted["speaker"]).to.equal(HOSTILE_SPEAKER);
    expect(hit["text"]).to.equal(HOSTILE_TEXT);
  });

  it("formatHit when the tags are HTML then the text is escaped and only the tags are markup", () => {
    const hit = formatHit(hostileHit(), format("<mark>", "</mark>"));
    const formatted = hit["_formatted"] as Record<string, unknown>;

    expect(formatted["text"]).to.equal(
      `Officials said &lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt; are <mark>plain</mark> text.`,
    );
    expect(formatted["speaker"]).to.equal(
      "&lt;img src=x onerror=&quot;alert(&#39;speaker&#39;)&quot;&gt;",
    );
    expect(formatted["position"]).to.be.a("string");
    // The hit's own fields stay data.
    expect(hit["speaker"]).to.equal(HOSTILE_SPEAKER);
  });

  it("formatHit when the tags are plain markers then _formatted holds the raw text", () => {
    const hit = formatHit(hostileHit(), format("[[", "]]"));
    const formatted = hit["_formatted"] as Record<string, unknown>;

    expect(formatted["text"]).to.equal(
      `Officials said <[[script]]>alert("x")</script> and <img src=x onerror=alert(1)> are [[plain]] text.`,
    );
    expect(formatted["speaker"]).to.equal(HOSTILE_SPEAKER);
  });

  it("formatHit when matches positions are asked then gives UTF-8 byte offsets of the marked words", () => {
    const document = buildDocument({ text: "Café multilateralism" });
    const hit = formatHit(
      {
        id: document.id,
        document,
        highlight: [
          { text: "Café ", match: false },
          { text: "multilateralism", match: true },
        ],
      },
      {
        ...format("<em>", "</em>"),
        formatted: false,
        showMatchesPosition: true,
      },
    );

    expect(hit["_matchesPosition"]).to.deep.equal({
      text: [{ start: 6, length: 15 }],
    });
    expect(hit).to.not.have.property("_formatted");
  });

  it("formatHit when only some fields are retrieved then returns those, and _formatted only those", () => {
    const hit = formatHit(hostileHit(), {
      ...format("<em>", "</em>"),
      retrieve: ["id", "text"],
    });

    expect(Object.keys(hit)).to.deep.equal(["id", "text", "_formatted"]);
    expect(Object.keys(hit["_formatted"] as object)).to.deep.equal([
      "id",
      "text",
    ]);
  });
});
