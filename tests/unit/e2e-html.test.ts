// The HTTP authorisation matrix reads each page's h1 from the HTML the server sends.
import { describe, expect, it } from "vitest";
import { h1Texts } from "@/tests/e2e/support/html";

describe("h1Texts", () => {
  it("reads every h1's text, without markup, entities decoded, spaces collapsed", () => {
    const html = `<main><h1 class="x">Counsellors&#x27; check-in &amp; <span>review</span></h1>
      <h2>Not this</h2><h1>\n  Page&nbsp;not &#102;ound </h1><h1>Round <!-- -->3</h1></main>`;
    expect(h1Texts(html)).toEqual(["Counsellors' check-in & review", "Page not found", "Round 3"]);
  });

  it("finds none in a page without an h1, and leaves unknown entities alone", () => {
    expect(h1Texts("<h2>Sign in</h2><header>h1</header>")).toEqual([]);
    expect(h1Texts("<h1>A &bogus; B</h1>")).toEqual(["A &bogus; B"]);
  });
});
