package cn.jiuzhu.office;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An office that handles cases (经办机构), as stored; changed by administrators and counties. Its region is its jurisdiction. */
@Entity
@Table(name = "office")
public class Office {

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public OfficeKind kind;

    @Column(name = "region_code")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public Department department;

    @Column(name = "delegates_dibao_confirmation")
    public boolean delegatesDibaoConfirmation;

    public OfficeView view() {
        return new OfficeView(code, name, kind, regionCode, department, delegatesDibaoConfirmation);
    }
}
