package roundtable;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/** Main classes only, for the architecture rules; this build may live outside {@code target/}, so Maven's default pattern is not enough. */
public final class ProductionClasses implements ImportOption {

    private final ImportOption notTests = new ImportOption.DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
        return notTests.includes(location) && !location.contains("/test-classes/");
    }
}
