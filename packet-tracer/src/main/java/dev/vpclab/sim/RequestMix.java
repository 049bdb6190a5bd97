package dev.vpclab.sim;

import dev.vpclab.model.i18n.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTTP requests the clients send, with their shares: "/api/*=30,/=70" sends 30 % of requests to a path under
 * /api/ and 70 % to "/". An entry may name a host before its path ("api.example.com/v1=20"). A {@code *} in a
 * path stands for any segment ("/api/*" requests "/api/item"), so rules with path patterns match as they would.
 *
 * @param entries the kinds of request, with positive weights
 */
public record RequestMix(List<Entry> entries) {

    /** Every request is a GET of "/". */
    public static final RequestMix DEFAULT = new RequestMix(List.of(new Entry(null, "/", 1)));

    /**
     * One kind of request.
     *
     * @param host the Host header, or null for the load balancer's DNS name
     * @param path the path
     * @param weight its share, relative to the others
     */
    public record Entry(String host, String path, double weight) {
    }

    /** Validates. */
    public RequestMix {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new ScenarioException(Message.of("sim.error.mix.empty"));
        }
    }

    /**
     * @param text "/api/*=30,/=70", "api.example.com/=1", or "/" alone
     * @return the mix
     * @throws ScenarioException when an entry cannot be read
     */
    public static RequestMix parse(String text) {
        List<Entry> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.lastIndexOf('=');
            double weight = 1;
            String target = p;
            if (eq >= 0) {
                target = p.substring(0, eq).trim();
                try {
                    weight = Double.parseDouble(p.substring(eq + 1).trim());
                } catch (NumberFormatException e) {
                    throw bad(text, p);
                }
            }
            if (!(weight >= 0) || Double.isInfinite(weight) || target.isEmpty()) {
                throw bad(text, p);
            }
            int slash = target.indexOf('/');
            String host = slash == 0 ? null : slash < 0 ? target : target.substring(0, slash);
            String path = slash < 0 ? "/" : target.substring(slash);
            out.add(new Entry(host, concrete(path), weight));
        }
        double total = out.stream().mapToDouble(Entry::weight).sum();
        if (out.isEmpty() || total <= 0) {
            throw new ScenarioException(Message.of("sim.error.mix.noPositiveShare", text));
        }
        return new RequestMix(out);
    }

    /** @return the mix as the command line writes it */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(e.host() == null ? "" : e.host()).append(e.path()).append('=').append(RateProfile.number(e.weight()));
        }
        return b.toString();
    }

    private static String concrete(String path) {
        return path.replace("*", "item").replace('?', 'x');
    }

    private static ScenarioException bad(String text, String part) {
        return new ScenarioException(Message.of("sim.error.mix.notPathShare", part, text));
    }
}
