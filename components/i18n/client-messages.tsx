import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickClientMessages } from "@/lib/i18n/client-messages";

/**
 * Gives the client components below the base messages plus `namespaces` (see
 * lib/i18n/client-messages.ts). Used once per page (withClientMessages below), around its whole content; layouts rely on the base.
 */
export async function ClientMessages({ namespaces = [], children }: { namespaces?: readonly string[]; children: ReactNode }) {
  const messages = (await getMessages()) as Record<string, unknown>;
  return <NextIntlClientProvider messages={pickClientMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}

/** A page whose whole content gets the base messages plus `namespaces`: `export default withClientMessages(["budget"], Page)`. */
export function withClientMessages<P extends object>(namespaces: readonly string[], Page: (props: P) => ReactNode | Promise<ReactNode>) {
  return function PageWithClientMessages(props: P) {
    return (
      <ClientMessages namespaces={namespaces}>
        <Page {...props} />
      </ClientMessages>
    );
  };
}
