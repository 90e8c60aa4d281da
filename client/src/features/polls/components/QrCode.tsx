import qrcode from 'qrcode-generator';

/** Empty modules around the code; scanners need a quiet zone of four. */
const QUIET_ZONE = 4;

/**
 * The dark modules of a QR code for `value` as one SVG path (a 1×1 square per module, offset by
 * the quiet zone), and the side of the whole square in modules. Error correction M survives a
 * crumpled or smudged slip. Exported so tests can check what a rendered code encodes.
 */
export function qrModules(value: string): { path: string; size: number } {
  const code = qrcode(0, 'M');
  code.addData(value, 'Byte');
  code.make();
  const count = code.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; col += 1) {
      if (code.isDark(row, col)) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { path: parts.join(''), size: count + QUIET_ZONE * 2 };
}

interface QrCodeProps {
  /** What the code encodes, e.g. a voting address. */
  value: string;
  /**
   * The accessible name. Leave it out when the same address is printed as text beside the code:
   * the picture is then hidden from screen readers rather than read twice.
   */
  label?: string;
  className?: string;
}

/**
 * A QR code as inline SVG: vector, so it prints sharply at any size, and allowed by the CSP
 * (no data: image, no canvas). Black on white whatever the theme, as scanners expect.
 */
export function QrCode({ value, label, className }: QrCodeProps) {
  const { path, size } = qrModules(value);
  return (
    <svg
      className={['qr-code', className].filter(Boolean).join(' ')}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
