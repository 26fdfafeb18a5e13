import { ReaderFooter } from "@/components/reader/reader-header";

// Public pages: no session is read here, so nothing about the visitor changes what they see.
export default function ReaderLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <div className="flex-1">{children}</div>
      <ReaderFooter />
    </div>
  );
}
