import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyTab } from "@/components/clients/empty-tab";
import { loadClient } from "../load-client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("clients.tabs"))("reviews") };
}

export default async function ClientReviewsPage({ params }: { params: Promise<{ clientId: string }> }) {
  await loadClient((await params).clientId);
  return <EmptyTab title={(await getTranslations("clients.tabs"))("reviews")} />;
}
