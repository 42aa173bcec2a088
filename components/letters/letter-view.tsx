import type { Letter, LetterLanguage } from "@/lib/letters/types";

// Printing shows the letter alone, on white A4, whatever the app shell around it.
const PRINT_CSS = `@media print {
  @page { size: A4; margin: 20mm; }
  body * { visibility: hidden; }
  #letter, #letter * { visibility: visible; }
  #letter { position: absolute; inset: 0 auto auto 0; width: 100%; border: 0; box-shadow: none; padding: 0; }
}`;

/** The letter as the creditor will read it, in its own language. */
export function LetterView({ letter, language, label }: { letter: Letter; language: LetterLanguage; label: string }) {
  return (
    <>
      <style>{PRINT_CSS}</style>
      <article id="letter" lang={language} aria-label={label} className="mx-auto max-w-[210mm] space-y-3 rounded-[var(--radius-card)] border border-line bg-white p-10 font-serif text-[15px] leading-relaxed text-black shadow-[var(--shadow-card)]">
        <h2 className="text-center text-xl font-bold">{letter.title}</h2>
        {letter.blocks.map((block, i) =>
          block.kind === "heading" ? (
            <h3 key={i} className="pt-2 font-bold">
              {block.text}
            </h3>
          ) : block.kind === "paragraph" ? (
            <p key={i}>{block.text}</p>
          ) : (
            <table key={i} className="w-full border-collapse text-sm">
              <tbody>
                {block.rows.map(([k, v]) => (
                  <tr key={k} className="border border-gray-300">
                    <th scope="row" className="w-2/5 border border-gray-300 px-2 py-1 text-left font-semibold">
                      {k}
                    </th>
                    <td className="px-2 py-1">{v}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ),
        )}
      </article>
    </>
  );
}
