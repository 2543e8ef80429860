import { expect } from "chai";
import { redactSecrets } from "../../../src/logging/redact.js";

describe("redactSecrets", () => {
  it("redactSecrets when a URL has secret-looking parameters then replaces only their values", () => {
    const cases: [string, string][] = [
      ["/v1/admin/reindex?token=abc", "/v1/admin/reindex?token=[redacted]"],
      [
        "/v1/search?q=key&apiKey=abc&page=2",
        "/v1/search?q=key&apiKey=[redacted]&page=2",
      ],
      [
        "/x?access_token=a&X-Api-Key=b&client_secret=c&PASSWORD=d&sig=e",
        "/x?access_token=[redacted]&X-Api-Key=[redacted]&client_secret=[redacted]&PASSWORD=[redacted]&sig=[redacted]",
      ],
      ["/x?%74oken=abc", "/x?%74oken=[redacted]"],
      [
        "/x?speaker=Wang+Yi&facets=speaker",
        "/x?speaker=Wang+Yi&facets=speaker",
      ],
      [
        "request to https://admin:hunter2@meili:7700/keys failed",
        "request to https://[redacted]@meili:7700/keys failed",
      ],
    ];
    for (const [input, expected] of cases)
      expect(redactSecrets(input), input).to.equal(expected);
  });
});
