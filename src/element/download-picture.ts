// The view saved as an image: the theme's colours read off the element, then an SVG or PNG file.
import { PICTURE_FONT, pictureSvg, type Picture, type PictureColours } from '../picture/picture.js';
import { pictureOfView, type ViewToPicture } from '../picture/view-picture.js';
import { TAG_COLOURS } from '../layout/tag-colours.js';
import { idFrom } from '../model/index.js';

/** Device pixels per picture pixel in a PNG: sharp on phones and in print. */
const PNG_SCALE = 2;

/** The element's colours as its theme sets them, so that a picture looks like the view. */
function themeColours(host: Element): PictureColours {
  const style = getComputedStyle(host);
  const colour = (name: string) => style.getPropertyValue(`--ct-color-${name}`).trim();
  return {
    text: colour('text'),
    muted: colour('muted'),
    background: colour('background'),
    border: colour('border'),
    mark: colour('mark'),
    markSoft: colour('mark-soft'),
    era: colour('era'),
    eraText: colour('era-text'),
    tags: Array.from({ length: TAG_COLOURS }, (_, index) => colour(`tag-${index}`)),
  };
}

/** Paints the picture on a canvas, shape by shape: no image is loaded, so no page policy can block it. */
function paint(picture: Picture): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = picture.width * PNG_SCALE;
  canvas.height = picture.height * PNG_SCALE;
  const context = canvas.getContext('2d')!;
  context.scale(PNG_SCALE, PNG_SCALE);
  context.fillStyle = picture.background;
  context.fillRect(0, 0, picture.width, picture.height);
  for (const shape of picture.shapes) {
    context.beginPath();
    if (shape.kind === 'text') {
      context.font = `${shape.bold ? 'bold ' : ''}${shape.size}px ${PICTURE_FONT}`;
      context.textAlign = shape.anchor === 'middle' ? 'center' : shape.anchor === 'end' ? 'right' : 'left';
      context.fillStyle = shape.fill;
      context.fillText(shape.text, shape.x, shape.y);
    } else if (shape.kind === 'line') {
      context.strokeStyle = shape.stroke;
      context.moveTo(shape.x1, shape.y1);
      context.lineTo(shape.x2, shape.y2);
      context.stroke();
    } else {
      if (shape.kind === 'circle') context.arc(shape.x, shape.y, shape.radius, 0, 2 * Math.PI);
      else context.roundRect(shape.x, shape.y, shape.width, shape.height, shape.radius ?? 0);
      context.fillStyle = shape.fill;
      context.globalAlpha = shape.kind === 'rect' ? (shape.fillOpacity ?? 1) : 1;
      context.fill();
      context.globalAlpha = 1;
      if (shape.kind === 'rect' && shape.stroke) {
        context.strokeStyle = shape.stroke;
        context.stroke();
      }
    }
  }
  return canvas;
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has begun by the next task; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url));
}

/** Saves the picture as `NAME.svg` or `NAME.png`. */
async function downloadPicture(picture: Picture, format: 'svg' | 'png', name: string): Promise<void> {
  const blob =
    format === 'svg'
      ? new Blob([pictureSvg(picture)], { type: 'image/svg+xml' })
      : await new Promise<Blob | null>((resolve) => paint(picture).toBlob(resolve, 'image/png'));
  if (blob) download(blob, `${name}.${format}`);
}

/** Saves the view, with the title and the sources, in `host`'s colours, named after the title. */
export function downloadView(host: Element, view: Omit<ViewToPicture, 'colours'>, format: 'svg' | 'png'): void {
  void downloadPicture(pictureOfView({ ...view, colours: themeColours(host) }), format, idFrom(view.timeline.title) || 'timeline');
}
