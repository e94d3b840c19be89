import {
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  useIsOverflowItemVisible,
} from "@fluentui/react-components";

export interface MoreViewsMenuProps {
  /** The More button, which the menu opens under and gives the focus back to. */
  target: HTMLElement;
  views: readonly string[];
  label: (view: string) => string;
  onSelect: (view: string) => void;
  onClose: () => void;
}

/** The views whose tabs the bar had no room for, as a menu that opens with the focus in it. */
export function MoreViewsMenu({ target, views, label, onSelect, onClose }: MoreViewsMenuProps) {
  return (
    <Menu
      open
      positioning={{ target, position: "below", align: "end" }}
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
    >
      <MenuPopover>
        <MenuList aria-label="More views">
          {views.map((view) => (
            <HiddenView key={view} view={view} label={label(view)} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenView({
  view,
  label,
  onSelect,
}: {
  view: string;
  label: string;
  onSelect: (view: string) => void;
}) {
  const visible = useIsOverflowItemVisible(view);
  return visible ? null : <MenuItem onClick={() => onSelect(view)}>{label}</MenuItem>;
}
