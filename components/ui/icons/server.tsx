import { Icon, type IconProps } from "./icon";

export const ServerIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4.63 3.4A1.5 1.5 0 0 1 6.08 2.3h7.84a1.5 1.5 0 0 1 1.45 1.1L17 9.5H3l1.63-6.1Z" />
    <path fillRule="evenodd" d="M2 11.5A1.5 1.5 0 0 1 3.5 10h13a1.5 1.5 0 0 1 1.5 1.5v3a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 2 14.5v-3Zm12.5 1.5a1 1 0 1 1-2 0 1 1 0 0 1 2 0Z" clipRule="evenodd" />
  </Icon>
);
