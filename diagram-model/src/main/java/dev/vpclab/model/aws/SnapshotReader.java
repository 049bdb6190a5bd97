package dev.vpclab.model.aws;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclab.model.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads every {@code .json} file under a folder (any depth, any names, sorted by path) into a {@link Snapshot}.
 * The Region of a file comes from a folder on its path ({@code accounts/<account>/<region>/…},
 * {@code <region>/…}) or a suffix of its name ({@code Vpcs-us-west-2.json}). Malformed JSON stops the import
 * with the file, line and column; anything else odd becomes one warning per kind of oddity.
 */
final class SnapshotReader {

    /** Files larger than this are not AWS CLI output anyone exports by hand; they are skipped. */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(?:-gov|-iso|-isob)?-[a-z]+-\\d{1,2}");
    private static final Pattern REGION_SUFFIX =
            Pattern.compile(".*[-_.]([a-z]{2}(?:-gov|-iso|-isob)?-[a-z]+-\\d{1,2})");
    private static final Pattern REGION_PREFIX =
            Pattern.compile("([a-z]{2}(?:-gov|-iso|-isob)?-[a-z]+-\\d{1,2})[-_.].*");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final List<ImportWarning> warnings;
    private final Map<String, KeyTally> tallies = new LinkedHashMap<>();

    /** How often a skipped key was seen, and first where. */
    private static final class KeyTally {
        final String firstFile;
        final TopLevelKeys.Outcome outcome;
        int files;

        KeyTally(String firstFile, TopLevelKeys.Outcome outcome) {
            this.firstFile = firstFile;
            this.outcome = outcome;
        }
    }

    /** @param warnings where warnings go */
    SnapshotReader(List<ImportWarning> warnings) {
        this.warnings = warnings;
    }

    /**
     * @param root a folder of AWS CLI output, or a single output file
     * @return the snapshot
     * @throws AwsImportException if the folder cannot be read or a file is not JSON
     */
    Snapshot read(Path root) throws AwsImportException {
        if (root == null || !Files.exists(root)) {
            String shown = String.valueOf(root);
            throw new AwsImportException(Message.of("aws.error.notFound", shown), shown, 0, 0, null);
        }
        Path base = Files.isDirectory(root) ? root : root.toAbsolutePath().getParent();
        List<Path> files = new ArrayList<>();
        List<String> otherFiles = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).sorted().forEach(p -> {
                    String name = p.getFileName().toString();
                    if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
                        files.add(p);
                    } else if (!name.startsWith(".")) {
                        otherFiles.add(relative(root, p));
                    }
                });
            } catch (IOException | RuntimeException e) {
                throw new AwsImportException(Message.of("aws.error.unreadableFolder", root.toString(), reason(e)),
                        root.toString(), 0, 0, e);
            }
        } else {
            files.add(root);
        }
        Snapshot snapshot = new Snapshot();
        for (Path file : files) {
            readFile(base, file, snapshot);
        }
        reportTallies();
        if (!otherFiles.isEmpty()) {
            warnings.add(new ImportWarning("", Message.of("aws.nonJsonFiles", otherFiles.size(), otherFiles.get(0))));
        }
        if (snapshot.isEmpty()) {
            warnings.add(new ImportWarning("", Message.of("aws.nothingFound", root.toString())));
        }
        return snapshot;
    }

    private void readFile(Path base, Path file, Snapshot snapshot) throws AwsImportException {
        String rel = relative(base, file);
        JsonNode root;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                warnings.add(new ImportWarning(rel, Message.of("aws.fileTooLarge", MAX_FILE_BYTES / (1024 * 1024))));
                return;
            }
            try (InputStream in = Files.newInputStream(file)) {
                root = MAPPER.readTree(in);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            String why = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().replaceAll("\\s+", " ")
                    // Jackson's own pointer back into the source says nothing to a user: the line and column do
                    .replaceAll("\\s*\\(start marker at .*$", "").replaceAll("\\s*\\[Source: .*$", "");
            if (why.length() > 160) {
                why = why.substring(0, 157) + "...";
            }
            throw new AwsImportException(Message.of("aws.error.malformedJson", rel, Integer.toString(line),
                    Integer.toString(column), why), rel, line, column, e);
        } catch (IOException e) {
            throw new AwsImportException(Message.of("aws.error.unreadableFile", rel, reason(e)), rel, 0, 0, e);
        }
        if (root == null || root.isMissingNode()) {
            warnings.add(new ImportWarning(rel, Message.of("aws.emptyFile")));
            return;
        }
        if (!root.isObject()) {
            warnings.add(new ImportWarning(rel, Message.of("aws.notAnObject")));
            return;
        }
        String region = regionOf(rel);
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            TopLevelKeys.Outcome outcome = TopLevelKeys.read(field.getKey(), field.getValue(), rel, region, snapshot);
            if (outcome == TopLevelKeys.Outcome.NOT_A_LIST) {
                warnings.add(new ImportWarning(rel, Message.of("aws.notAList", field.getKey())));
            } else if (outcome == TopLevelKeys.Outcome.IGNORED || outcome == TopLevelKeys.Outcome.UNKNOWN) {
                tallies.computeIfAbsent(field.getKey(), k -> new KeyTally(rel, outcome)).files++;
            }
        }
    }

    private void reportTallies() {
        tallies.forEach((key, tally) -> {
            if (tally.outcome == TopLevelKeys.Outcome.IGNORED) {
                warnings.add(new ImportWarning(tally.firstFile, Message.of(TopLevelKeys.IGNORED.get(key), key, tally.files)));
            } else {
                warnings.add(new ImportWarning(tally.firstFile, Message.of("aws.unknownKey", key, tally.files)));
            }
        });
    }

    /**
     * @param relativePath a file's path relative to the snapshot folder, with '/' separators
     * @return the Region named by its deepest folder that is a Region code, else by its name's suffix or prefix
     *         ("Vpcs-us-west-2.json", "us-west-2_vpcs.json"), or null
     */
    static String regionOf(String relativePath) {
        String[] parts = relativePath.split("/");
        for (int i = parts.length - 2; i >= 0; i--) {
            if (REGION.matcher(parts[i]).matches()) {
                return parts[i];
            }
        }
        String name = parts[parts.length - 1];
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        Matcher m = REGION_SUFFIX.matcher(stem);
        if (m.matches()) {
            return m.group(1);
        }
        m = REGION_PREFIX.matcher(stem);
        return m.matches() ? m.group(1) : null;
    }

    private static String relative(Path base, Path file) {
        Path rel = base == null ? file.getFileName() : base.toAbsolutePath().relativize(file.toAbsolutePath());
        return rel.toString().replace('\\', '/');
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
