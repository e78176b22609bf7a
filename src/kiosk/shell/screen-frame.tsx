// The body of every screen after the attract screen: a heading, scrolling content, and
// the navigation bar. Moves focus to the heading so screen readers announce the new screen.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { SessionNav } from './session-nav';

interface ScreenFrameProps {
  title: ComponentChildren;
  /** A short line above the title (e.g. "Xin chào!"). */
  kicker?: ComponentChildren;
  /** Where "Quay lại" goes; omit on the home screen. */
  back?: string;
  /** Extra class on the scrolling content, for a screen's own layout. */
  class?: string;
  /** Fixed below the content, above the navigation (the on-screen keyboard): never over it. */
  dock?: ComponentChildren;
  children?: ComponentChildren;
}

/** Heading, content and bottom navigation for one screen. */
export function ScreenFrame({
  title,
  kicker,
  back,
  class: extra,
  dock,
  children,
}: ScreenFrameProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  return (
    <div class="screen">
      {/* Focusable so the content scrolls from a keyboard too, not only by touch. */}
      <main class={`screen__content ${extra ?? ''}`} tabIndex={0}>
        <div class="screen__heading">
          {kicker && <p class="screen__kicker">{kicker}</p>}
          <h1 class="screen__title" tabIndex={-1} ref={heading}>
            {title}
          </h1>
        </div>
        {children}
      </main>
      {dock}
      <SessionNav back={back} />
    </div>
  );
}
