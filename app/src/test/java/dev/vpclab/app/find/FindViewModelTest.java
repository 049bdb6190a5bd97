package dev.vpclab.app.find;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.editor.EditorModel;
import dev.vpclab.app.ui.TestEditors;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindViewModelTest {

    private final EditorModel editor = TestEditors.haWeb();
    private final FindViewModel find = new FindViewModel(editor);

    private List<String> ids(String query) {
        find.queryProperty().set(query);
        return find.matches().stream().map(FindMatch::id).toList();
    }

    @Test
    void findsByNameAndIdBestFirst() {
        assertThat(ids("web-3")).first().isEqualTo("i-0b7");
        assertThat(ids("subnet-0app1a")).first().isEqualTo("subnet-0app1a");
        assertThat(ids("WEB")).contains("i-0a3", "i-0a4", "i-0b7", "i-0b8", "asg-0web");
        assertThat(ids("")).isEmpty();
        assertThat(ids("no-such-thing")).isEmpty();
    }

    @Test
    void findsByAddress() {
        assertThat(ids("10.0.12.24")).first().isEqualTo("eni-0b7");
        assertThat(find.matches().get(0).revealKey()).isEqualTo("i-0b7");
        assertThat(ids("10.0.12.24")).contains("subnet-0app1b", "vpc-0prod");
        assertThat(ids("54.12.0.10")).first().asString().contains("loadbalancer/app/web-alb");
        assertThat(ids("10.0.11.0/24")).first().isEqualTo("subnet-0app1a");
        assertThat(ids("10.0.1.")).contains("subnet-0pub1a", "nat-0a");
    }

    @Test
    void choosingAMatchSelectsAndCentresIt() {
        List<String> revealed = new ArrayList<>();
        editor.addRevealListener(revealed::add);
        find.queryProperty().set("10.0.12.24");
        find.revealFirst();
        assertThat(editor.selection()).containsExactly("i-0b7");
        assertThat(revealed).containsExactly("i-0b7");
        find.reveal(find.matches().stream().filter(m -> m.id().equals("subnet-0app1b")).findFirst().orElseThrow());
        assertThat(editor.selection()).containsExactly("subnet-0app1b");
        assertThat(find.describe(find.matches().get(0))).isEqualTo("Network interface · 10.0.12.24");
    }
}
