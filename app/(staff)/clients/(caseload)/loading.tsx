// Its own route group so this loading state wraps only the caseload, not /clients/[id]: a Suspense
// boundary above the client page would send a 404 for a forbidden client with status 200.
import { getTranslations } from "next-intl/server";

export default async function Loading() {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">{t("loading")}</span>
      <div aria-hidden="true" className="h-8 w-48 animate-pulse rounded bg-line" />
      <div aria-hidden="true" className="h-10 w-full animate-pulse rounded bg-line" />
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} aria-hidden="true" className="h-12 w-full animate-pulse rounded bg-surface" />
      ))}
    </div>
  );
}
