import { Icon, type IconProps } from "./icon";

export const KeyIcon = (p: IconProps) => (
  <Icon {...p}>
    <path fillRule="evenodd" d="M8 7a5 5 0 1 1 3.61 4.8l-1.83 1.83a.75.75 0 0 1-.53.22H8v1.25a.75.75 0 0 1-.75.75H6v1.25a.75.75 0 0 1-.75.75h-2.5a.75.75 0 0 1-.75-.75v-2.5c0-.2.08-.39.22-.53l5.97-5.97A5 5 0 0 1 8 7Zm5-3a.75.75 0 0 0 0 1.5A1.5 1.5 0 0 1 14.5 7 .75.75 0 0 0 16 7a3 3 0 0 0-3-3Z" clipRule="evenodd" />
  </Icon>
);
