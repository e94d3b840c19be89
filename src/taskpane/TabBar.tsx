import {
  Button,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useOverflowMenu,
} from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { useAppStyles } from "./useAppStyles";

// The menu (Fluent's Menu and its positioning) is fetched on the first "More", not at start.
const MoreViewsMenu = lazy(() =>
  import(/* webpackChunkName: "more-views-menu" */ "./MoreViewsMenu").then((m) => ({
    default: m.MoreViewsMenu,
  })),
);

export interface TabBarProps {
  views: readonly string[];
  label: (view: string) => string;
  selected: string;
  onSelect: (view: string) => void;
}

/**
 * The views as one line of tabs however narrow the pane: tabs that do not fit go under "More"
 * (Fluent's Overflow), the selected one last of all, so the panel's tab is always on screen.
 * Arrow keys move along the tabs and onto More; Enter opens its menu.
 */
export function TabBar({ views, label, selected, onSelect }: TabBarProps) {
  const styles = useAppStyles();
  // Chosen from the menu, the view's tab comes back into the bar; the focus goes with it.
  const choose = (view: string) => {
    onSelect(view);
    requestAnimationFrame(() => document.getElementById(`tab-${view}`)?.focus());
  };
  return (
    // The bar's padding is on its wrapper, so the list's whole width is the tabs' to take.
    <div className={styles.tabBar}>
      <Overflow minimumVisible={1} padding={0}>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={selected}
          onTabSelect={(_, data) => onSelect(String(data.value))}
          aria-label="Policy Tables views"
        >
          {views.map((name) => (
            <OverflowItem key={name} id={name} priority={name === selected ? 2 : 1}>
              <Tab value={name} id={`tab-${name}`} aria-controls={`panel-${name}`}>
                {label(name)}
              </Tab>
            </OverflowItem>
          ))}
          <MoreViews views={views} label={label} onSelect={choose} />
        </TabList>
      </Overflow>
    </div>
  );
}

function MoreViews({ views, label, onSelect }: Pick<TabBarProps, "views" | "label" | "onSelect">) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  // The More button while its menu is open, which the menu is placed under.
  const [openAt, setOpenAt] = useState<HTMLElement | null>(null);
  if (!isOverflowing) return null;
  const close = () => {
    setOpenAt(null);
    ref.current?.focus();
  };
  return (
    <>
      {/* A tab among tabs (a tablist holds only tabs) that opens a menu of the hidden ones. */}
      <Button
        ref={ref}
        role="tab"
        appearance="transparent"
        size="small"
        aria-haspopup="menu"
        aria-expanded={openAt !== null}
        aria-label={`More views (${overflowCount})`}
        onClick={(e) => setOpenAt(openAt ? null : e.currentTarget)}
      >
        More
      </Button>
      {openAt && (
        <Suspense fallback={null}>
          <MoreViewsMenu
            target={openAt}
            views={views}
            label={label}
            onSelect={(view) => {
              setOpenAt(null);
              onSelect(view);
            }}
            onClose={close}
          />
        </Suspense>
      )}
    </>
  );
}
