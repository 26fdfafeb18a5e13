import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Briefing Desk", template: "%s · Briefing Desk" },
  description: "Cited, corroborated briefings from many outlets' accounts of a story.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-paper font-sans text-ink antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
