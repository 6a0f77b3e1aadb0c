package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.casefile.api.MaterialType;
import cn.weihai.lianbao.casefile.materials.ContentSniffer;
import cn.weihai.lianbao.casefile.materials.MaterialStore;
import cn.weihai.lianbao.casefile.materials.StoredFile;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.server.streams.UploadHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Upload of a material straight into the {@link MaterialStore}: the file streams to disk while its SHA-256 is
 * computed, and the screen hears the outcome in its own UI thread. Also the upload's texts in the UI language.
 */
final class MaterialUploads {
    private static final Logger log = LoggerFactory.getLogger(MaterialUploads.class);

    /** Why a file was not taken. */
    enum Refusal {
        CAD_REQUIRED, EMPTY, TOO_LARGE, DISGUISED, FAILED
    }

    /** A file safely in the store, with the name it had on the user's computer. */
    record Received(String fileName, StoredFile file) {
    }

    private MaterialUploads() {
    }

    /**
     * An upload of any number of files, each up to the store's limit; {@code refused} hears why a file was not
     * taken, in words. {@code type}: the material, when already known (CAD types only offer .dwg/.dxf files).
     */
    static Upload upload(MaterialStore store, MaterialType type, SerializablePredicate<String> nameAccepted,
                         SerializableConsumer<Received> stored, SerializableConsumer<String> refused) {
        Upload upload = new Upload(handler(store, type, nameAccepted, stored, refused));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, store.maxSize()));
        if (type != null && type.cadDrawing()) {
            upload.setAcceptedFileTypes(".dwg", ".dxf");
        }
        upload.setI18n(i18n(store.maxSize(), type));
        upload.addClassName("lb-material-upload");
        // what the browser refuses by itself (too big, not CAD) is told at the item too
        upload.addFileRejectedListener(e -> refused.accept(e.getErrorMessage()));
        return upload;
    }

    private static UploadHandler handler(MaterialStore store, MaterialType type,
                                         SerializablePredicate<String> nameAccepted,
                                         SerializableConsumer<Received> stored, SerializableConsumer<String> refused) {
        return event -> {
            UI ui = event.getUI();
            String name = displayName(event.getFileName());
            if (!nameAccepted.test(name)) {
                ui.access(() -> refused.accept(message(Refusal.CAD_REQUIRED, type, store.maxSize())));
                return;
            }
            try {
                StoredFile file = store.store(event.getInputStream(), name, event.getContentType());
                ui.access(() -> stored.accept(new Received(name, file)));
            } catch (MaterialStore.RefusedException e) {
                Refusal refusal = switch (e.refusal()) {
                    case EMPTY -> Refusal.EMPTY;
                    case TOO_LARGE -> Refusal.TOO_LARGE;
                    case DISGUISED -> Refusal.DISGUISED;
                };
                ui.access(() -> refused.accept(message(refusal, type, store.maxSize())));
            } catch (IOException | RuntimeException e) {
                log.error("Could not store the upload '{}'", name, e);
                ui.access(() -> refused.accept(message(Refusal.FAILED, type, store.maxSize())));
            }
        };
    }

    /** The words for a refusal; {@code type} names the drawing that must be CAD. */
    private static String message(Refusal refusal, MaterialType type, long maxSize) {
        return switch (refusal) {
            case CAD_REQUIRED -> Labels.text("validation.material.cadRequired",
                    Labels.of(type == null ? MaterialType.WATER_USE_POINTS : type));
            case EMPTY -> Labels.text("validation.material.empty");
            case TOO_LARGE -> Labels.text("upload.error.tooLarge", megabytes(maxSize));
            case DISGUISED -> Labels.text("security.upload.disguised");
            case FAILED -> Labels.text("upload.error.failed");
        };
    }

    /** The name without folders, control or bidi-override characters (ContentSniffer); never null. */
    static String displayName(String fileName) {
        String name = ContentSniffer.displayName(fileName, 200);
        return name == null ? "" : name;
    }

    /** Browsers send a bare name, but an old one may send the whole path. */
    static String baseName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash >= 0 ? name.substring(slash + 1) : name;
    }

    /** 1.5 MB, 320 KB, 12 B. */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%d KB", Math.round(bytes / 1024.0));
        }
        return bytes + " B";
    }

    private static String megabytes(long bytes) {
        return String.valueOf(bytes / (1024 * 1024));
    }

    /** The upload's texts; for a CAD drawing the browser's own refusal of another file type says so. */
    static UploadI18N i18n(long maxSize, MaterialType type) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(Labels.text("upload.addFiles.one"))
                .setMany(Labels.text("upload.addFiles.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(Labels.text("upload.dropFiles.one"))
                .setMany(Labels.text("upload.dropFiles.many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(Labels.text("upload.error.tooManyFiles"))
                .setFileIsTooBig(Labels.text("upload.error.tooLarge", megabytes(maxSize)))
                .setIncorrectFileType(type != null && type.cadDrawing()
                        ? Labels.text("validation.material.cadRequired", Labels.of(type))
                        : Labels.text("upload.error.incorrectFileType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(Labels.text("upload.status.connecting"))
                        .setStalled(Labels.text("upload.status.stalled"))
                        .setProcessing(Labels.text("upload.status.processing"))
                        .setHeld(Labels.text("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(Labels.text("upload.remainingTime.prefix"))
                        .setUnknown(Labels.text("upload.remainingTime.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(Labels.text("upload.error.serverUnavailable"))
                        .setUnexpectedServerError(Labels.text("upload.error.unexpected"))
                        .setForbidden(Labels.text("upload.error.forbidden"))));
        i18n.setFile(new UploadI18N.File().setRetry(Labels.text("upload.file.retry"))
                .setStart(Labels.text("upload.file.start")).setRemove(Labels.text("upload.file.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }
}
