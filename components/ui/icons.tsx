// The few icons the dashboard uses (Heroicons 20px solid paths, MIT), one module each. The
// bundler puts a module whole into a page, and this list whole into any page importing from it
// (~1 kB gzip of icons it does not show): import each icon from its own file
// (@/components/ui/icons/search). Decorative: hidden from assistive technology.
export { CheckIcon } from "./icons/check";
export { CopyIcon } from "./icons/copy";
export { EyeIcon } from "./icons/eye";
export { EyeSlashIcon } from "./icons/eye-slash";
export { KeyIcon } from "./icons/key";
export { PlusIcon } from "./icons/plus";
export { UploadIcon } from "./icons/upload";
export { SearchIcon } from "./icons/search";
export { ChevronRightIcon } from "./icons/chevron-right";
export { ExclamationIcon } from "./icons/exclamation";
export { InfoIcon } from "./icons/info";
export { CheckCircleIcon } from "./icons/check-circle";
export { ServerIcon } from "./icons/server";
export { XMarkIcon } from "./icons/x-mark";
