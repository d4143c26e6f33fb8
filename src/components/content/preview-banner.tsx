// Shown above a page an editor previews: makes clear the public does not see this version. In
// the CMS's live preview pane it also refreshes the page when the editor saves.
import { LivePreviewRefresh } from './live-preview-refresh';

export function PreviewBanner({ path }: { path: string }) {
  return (
    <div role="status" className="bg-amber-100 text-amber-950">
      <LivePreviewRefresh />
      <div className="mx-auto flex max-w-content flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm sm:px-6 lg:px-8">
        <p>
          <strong className="font-semibold">Preview.</strong> You are seeing the latest draft; visitors see the
          published version only.
        </p>
        <a
          href={`/api/preview/exit?path=${encodeURIComponent(path)}`}
          className="font-semibold underline underline-offset-2"
        >
          Exit preview
        </a>
      </div>
    </div>
  );
}
