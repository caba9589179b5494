//! The small image an MCP answer carries. A model's context has room for about 100 kB, not for a
//! 1024×1024 PNG of a few megabytes; the answer links the full image beside the preview.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::{DynamicImage, ImageFormat, ImageReader, Limits};

/// The most bytes a preview may have.
pub const MAX_PREVIEW_BYTES: usize = 100 * 1024;
/// Longest sides tried, largest first, until the preview fits.
const SIDES: [u32; 5] = [1024, 768, 512, 384, 256];
const JPEG_QUALITY: u8 = 80;
/// Decoding a hostile or broken file must not take the keeper's memory.
const MAX_DECODE_ALLOC: u64 = 256 * 1024 * 1024;
const MAX_SIDE: u32 = 8192;

#[derive(Debug, thiserror::Error)]
pub enum PreviewError {
    #[error("the image cannot be decoded: {0}")]
    Decode(#[from] image::ImageError),
    #[error("the image is not a PNG, JPEG or WebP file")]
    UnknownFormat,
    #[error("even at {0} px the preview is over {MAX_PREVIEW_BYTES} bytes")]
    TooLarge(u32),
}

/// A preview's bytes and media type.
#[derive(Debug)]
pub struct Preview {
    pub bytes: Vec<u8>,
    pub mime: &'static str,
}

/// The image as it is when it is already small (PNG, JPEG or WebP within
/// [`MAX_PREVIEW_BYTES`]); else scaled down (aspect kept) and encoded as JPEG, at the largest
/// side that fits. CPU-bound: call it off the async threads.
pub fn make(bytes: &[u8]) -> Result<Preview, PreviewError> {
    let format = image::guess_format(bytes).map_err(|_| PreviewError::UnknownFormat)?;
    let mime = match format {
        ImageFormat::Png => "image/png",
        ImageFormat::Jpeg => "image/jpeg",
        ImageFormat::WebP => "image/webp",
        _ => return Err(PreviewError::UnknownFormat),
    };
    if bytes.len() <= MAX_PREVIEW_BYTES {
        return Ok(Preview {
            bytes: bytes.to_vec(),
            mime,
        });
    }
    let image = decode(bytes, format)?;
    let mut smallest = 0;
    for side in SIDES {
        if side > image.width().max(image.height()) && side != SIDES[SIDES.len() - 1] {
            continue;
        }
        let jpeg = encode_jpeg(&image.thumbnail(side, side))?;
        if jpeg.len() <= MAX_PREVIEW_BYTES {
            return Ok(Preview {
                bytes: jpeg,
                mime: "image/jpeg",
            });
        }
        smallest = side;
    }
    Err(PreviewError::TooLarge(smallest))
}

fn decode(bytes: &[u8], format: ImageFormat) -> Result<DynamicImage, PreviewError> {
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_DECODE_ALLOC);
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits);
    Ok(reader.decode()?)
}

fn encode_jpeg(image: &DynamicImage) -> Result<Vec<u8>, PreviewError> {
    let mut out = Vec::new();
    // JPEG has no alpha channel: flatten to RGB.
    JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY).encode_image(&image.to_rgb8())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageEncoder, RgbImage};

    /// A PNG that does not compress: every pixel differs from its neighbours.
    fn noisy_png(side: u32) -> Vec<u8> {
        let mut state = 0x2545_f491_u32;
        let image = RgbImage::from_fn(side, side, |_, _| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let [r, g, b, _] = state.to_le_bytes();
            image::Rgb([r, g, b])
        });
        let mut out = Vec::new();
        image::codecs::png::PngEncoder::new(&mut out)
            .write_image(image.as_raw(), side, side, image::ExtendedColorType::Rgb8)
            .unwrap();
        out
    }

    #[test]
    fn a_large_image_becomes_a_jpeg_within_the_limit() {
        let png = noisy_png(1024);
        assert!(png.len() > 2 * 1024 * 1024, "{} bytes", png.len());
        let preview = make(&png).unwrap();
        assert_eq!(preview.mime, "image/jpeg");
        assert!(
            preview.bytes.len() <= MAX_PREVIEW_BYTES,
            "{}",
            preview.bytes.len()
        );
        let decoded = image::load_from_memory(&preview.bytes).unwrap();
        assert_eq!(decoded.width(), decoded.height(), "aspect kept");
        assert!(decoded.width() >= 256, "{} px", decoded.width());
    }

    #[test]
    fn a_small_image_is_kept_as_it_is() {
        let png = noisy_png(64);
        assert!(png.len() < MAX_PREVIEW_BYTES);
        let preview = make(&png).unwrap();
        assert_eq!((preview.mime, preview.bytes), ("image/png", png));
    }

    #[test]
    fn what_is_not_an_image_is_refused() {
        assert!(matches!(
            make(b"<html>not an image</html>"),
            Err(PreviewError::UnknownFormat)
        ));
        let mut truncated = noisy_png(512);
        truncated.truncate(MAX_PREVIEW_BYTES + 10);
        assert!(matches!(make(&truncated), Err(PreviewError::Decode(_))));
    }
}
