import { useTranslations } from "next-intl";
import { cn } from "./cn";

/** A grey placeholder block; hidden from assistive technology (the surrounding status says "Loading"). */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-[var(--radius-control)] bg-line/70", className)} />;
}

/** Placeholder lines of text; the last one is shorter, like a real paragraph. */
export function SkeletonText({ lines = 3, className }: { lines?: number; className?: string }) {
  return (
    <div aria-hidden="true" className={cn("space-y-2", className)}>
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton key={index} className={cn("h-4", index === lines - 1 ? "w-2/3" : "w-full")} />
      ))}
    </div>
  );
}

/**
 * A page or section while it loads, announced once as "Loading…". Use it as a `<Suspense>` fallback
 * *below* the page's access check: a loading.tsx above a page that may call notFound() starts the
 * stream early, and the 404 then goes out with status 200.
 */
export function PageSkeleton({ cards = 2 }: { cards?: number }) {
  const t = useTranslations("common");
  return (
    <div role="status" aria-live="polite" className="space-y-6">
      <span className="sr-only">{t("loading")}</span>
      <div className="space-y-3">
        <Skeleton className="h-4 w-40" />
        <Skeleton className="h-8 w-72 max-w-full" />
      </div>
      {Array.from({ length: cards }, (_, index) => (
        <div key={index} aria-hidden="true" className="rounded-[var(--radius-card)] border border-line bg-surface p-5">
          <Skeleton className="mb-4 h-6 w-48" />
          <SkeletonText lines={index === 0 ? 4 : 3} />
        </div>
      ))}
    </div>
  );
}
